"""What readouts refer to: countries and mentions, the topic taxonomy and tagging, people."""
