"""``curator fix``: apply what curator found to the route files, as a reviewable change.

``plan`` decides what to change from the state store alone (no fetching), ``edit`` changes the
route files' text through a ruamel round trip so comments and layout survive, and ``command``
prints the unified diff or writes it.
"""
