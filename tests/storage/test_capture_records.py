"""Work plans, commitments, votes and evaluation: the arithmetic and what the store keeps."""

from __future__ import annotations

from datetime import date

import pytest

from facilitation.evaluation import (
    ReactionTally,
    ReactionTarget,
    TestScore,
    likert_average,
    normalised_gain,
    parse_score,
    summarise,
)
from facilitation.session import Session, SessionDay, ValidationError
from facilitation.tallies import Vote, VoteMethod, options_from_lines, results, validate_vote
from facilitation.workplans import Commitment, WorkPlanItem, WorkPlanStatus, parse_deadline
from storage.evaluation import EvaluationRepository
from storage.sessions import SessionRepository
from storage.tallies import TallyRepository
from storage.workplans import CommitmentRepository, WorkPlanRepository


@pytest.fixture
def session_id(db) -> str:
    """A one-day workshop the captured records belong to."""
    session = Session(title="Workshop Batam", days=[SessionDay(date=date(2010, 6, 3))])
    return SessionRepository(db).create(session).id


def test_vote_results_put_the_most_voted_option_first_and_keep_ties_in_order() -> None:
    vote = Vote("s", "Nilai mana dulu?", options=options_from_lines("Akuntabel\n\nHarmonis\nLoyal"))
    vote.options[0].count, vote.options[1].count, vote.options[2].count = 4, 9, 4
    ranked = results(vote)
    assert [(r.label, r.count) for r in ranked] == [("Harmonis", 9), ("Akuntabel", 4), ("Loyal", 4)]
    assert ranked[0].share == pytest.approx(9 / 17)
    assert results(Vote("s", "?", options=options_from_lines("a")))[0].share == 0.0


def test_a_vote_needs_a_question_and_distinct_options() -> None:
    with pytest.raises(ValidationError, match="vote_question_empty"):
        validate_vote(Vote("s", " ", options=options_from_lines("a")))
    with pytest.raises(ValidationError, match="vote_option_repeated"):
        validate_vote(Vote("s", "?", options=options_from_lines("Loyal\nloyal")))
    with pytest.raises(ValidationError, match="vote_needs_options"):
        validate_vote(Vote("s", "?", options=[]))


def test_likert_average_gain_and_normalised_gain() -> None:
    assert likert_average([0, 0, 2, 4, 4]) == pytest.approx(4.2)
    assert likert_average([0, 0, 0, 0, 0]) is None
    assert normalised_gain(40, 70, 100) == pytest.approx(0.5)
    assert normalised_gain(100, 100, 100) is None
    assert normalised_gain(None, 70, 100) is None
    scores = [
        TestScore("s", "Ani", pre=40, post=70),
        TestScore("s", "Budi", pre=60, post=80),
        TestScore("s", "Citra", pre=50),
    ]
    summary = summarise(scores)
    assert (summary.participants, summary.paired) == (3, 2)
    assert summary.mean_pre == pytest.approx(50)
    assert summary.mean_post == pytest.approx(75)
    assert summary.mean_gain == pytest.approx(25)
    assert summary.mean_normalised_gain == pytest.approx((0.5 + 0.5) / 2)
    assert summary.class_normalised_gain == pytest.approx((75 - 50) / (100 - 50))
    assert summarise([]).mean_pre is None


def test_scores_and_deadlines_typed_the_indonesian_way() -> None:
    assert parse_score("72,5") == 72.5
    assert parse_score("") is None
    with pytest.raises(ValidationError):
        parse_score("tujuh")
    with pytest.raises(ValidationError):
        parse_score("nan")
    assert parse_deadline("31/8/2025") == date(2025, 8, 31)
    assert parse_deadline("2025-08-31") == date(2025, 8, 31)
    assert parse_deadline(" ") is None
    with pytest.raises(ValidationError, match="deadline_invalid"):
        parse_deadline("31/02/2025")


def test_work_plan_rows_are_kept_in_order_trashed_and_restored(db, session_id) -> None:
    repo = WorkPlanRepository(db)
    first = repo.add(WorkPlanItem(session_id, action="SOP perizinan 1 hari", institution="DPMPTSP"))
    second = repo.add(WorkPlanItem(session_id, action="Survei kepuasan <online>", pic="Bu Rina"))
    second.deadline, second.status = date(2025, 9, 30), WorkPlanStatus.IN_PROGRESS
    repo.update(second)
    assert [(i.action, i.position) for i in repo.items(session_id)] == [
        ("SOP perizinan 1 hari", 0),
        ("Survei kepuasan <online>", 1),
    ]
    stored = repo.items(session_id)[1]
    assert (stored.deadline, stored.status, stored.pic) == (
        date(2025, 9, 30),
        WorkPlanStatus.IN_PROGRESS,
        "Bu Rina",
    )
    repo.move_to_trash(first.id)
    assert [i.id for i in repo.items(session_id)] == [second.id]
    repo.restore(first.id)
    assert [i.id for i in repo.items(session_id)] == [first.id, second.id]
    with pytest.raises(ValidationError):
        repo.update(WorkPlanItem(session_id, action="a\x00", id=first.id))


def test_commitments_per_group_or_participant(db, session_id) -> None:
    repo = CommitmentRepository(db)
    made = repo.add(Commitment(session_id, "Melayani tanpa pungutan", owner_label="Kelompok 1"))
    made.text = "Melayani tanpa pungutan liar 🙏"
    repo.update(made)
    assert [(c.owner_kind, c.owner_label, c.text) for c in repo.commitments(session_id)] == [
        ("group", "Kelompok 1", "Melayani tanpa pungutan liar 🙏")
    ]


def test_votes_and_counts_are_stored(db, session_id) -> None:
    repo = TallyRepository(db)
    vote = Vote(
        session_id,
        "Prioritas?",
        VoteMethod.DOT_VOTE,
        options_from_lines("Akuntabel\nAdaptif"),
    )
    repo.add(vote)
    repo.set_count(vote.options[1].id, 12)
    stored = repo.votes(session_id)[0]
    assert stored.method == VoteMethod.DOT_VOTE
    assert [(o.label, o.count) for o in stored.options] == [("Akuntabel", 0), ("Adaptif", 12)]
    with pytest.raises(ValidationError):
        repo.set_count(vote.options[0].id, -1)
    repo.move_to_trash(vote.id)
    assert repo.votes(session_id) == []


def test_reaction_tallies_and_test_scores_are_stored(db, session_id) -> None:
    repo = EvaluationRepository(db)
    tally = ReactionTally(session_id, ReactionTarget.FACILITATOR, "Edhi", "Edhi", [0, 1, 2, 3, 4])
    repo.save_tally(tally)
    again = ReactionTally(session_id, ReactionTarget.FACILITATOR, "Edhi", "Edhi", [0, 0, 0, 5, 5])
    repo.save_tally(again)  # the same facilitator: updated, not doubled
    (stored,) = repo.tallies(session_id)
    assert stored.counts == [0, 0, 0, 5, 5] and stored.average == pytest.approx(4.5)
    score = repo.save_score(TestScore(session_id, "Ani", pre=45.5))
    score.post = 80
    repo.save_score(score)
    assert [(s.participant_name, s.pre, s.post) for s in repo.scores(session_id)] == [
        ("Ani", 45.5, 80)
    ]
    with pytest.raises(ValidationError):
        repo.save_score(TestScore(session_id, "Budi", pre=120))
    repo.move_score_to_trash(score.id)
    assert repo.scores(session_id) == []
    repo.restore_score(score.id)
    assert len(repo.scores(session_id)) == 1


def test_every_capture_table_follows_the_store_conventions(db, session_id) -> None:
    for table in (
        "notes",
        "work_plan_items",
        "commitments",
        "votes",
        "vote_options",
        "reaction_tallies",
        "test_scores",
    ):
        columns = {row[1]: row for row in db.execute(f"PRAGMA table_info({table})")}
        assert columns["id"][2] == "TEXT" and columns["id"][5] == 1, table
        for name in ("session_id", "created_at", "updated_at"):
            assert columns[name][3] == 1, (table, name)  # NOT NULL
        assert "deleted_at" in columns, table
