"""The Lokakarya domain: sessions, agendas, methods. Pure Python, no Qt, no SQL."""
