"""The room's questions, answers, posts and personal codes (schema, RoomStore, rows)."""
