"""What the user keeps: notes and bookmarks, saved searches, the session, the keymap file."""
