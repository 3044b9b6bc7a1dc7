"""How to check a URL: the HTTP client stack, politeness and the safety guard."""
