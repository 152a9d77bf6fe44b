"""The command line: ``main`` opens the app or runs a sub-command, one module per command.

Each command module has ``add_arguments(parser)`` and ``run(args) -> exit code``.
"""
