"""What the pages of an open session are handed: the session context (see session_context)."""
