"""Reading a document's text as plain data: its kind, outline, roles, annexes, contents."""
