"""Lokakarya's durable store: one SQLite file, migrations, repositories, backups."""
