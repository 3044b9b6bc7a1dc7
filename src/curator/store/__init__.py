"""Where the history of checks lives: an interface and its implementations."""
