"""The activities a list offers to choose from (the Groups tab's "groups for"), read as ids and
titles in one query: the same as each day's activities read whole."""

from __future__ import annotations

from storage.agenda import AgendaRepository
from tests.report_fixtures import sample_session


def test_the_activity_titles_are_each_days_activities(db) -> None:
    session = sample_session(db)
    agenda = AgendaRepository(db)
    first = session.days[0]
    agenda.move_to_trash(agenda.activities(first.id)[0].id)  # a trashed one is not offered
    titles = agenda.titles(session.id)
    for day in session.days:
        expected = [(a.id, a.title) for a in agenda.activities(day.id)]
        assert titles.get(day.id, []) == expected
    assert titles[first.id]
