"""Game leaderboards and observers' scores per value."""

from __future__ import annotations

from facilitation.scoring import leaderboard, points_problem, scores_per_value


def test_leaderboard_orders_by_total_and_shares_ranks_on_ties():
    scores = {
        ("Kelompok 1", 1): 10, ("Kelompok 1", 2): 5,
        ("Kelompok 2", 1): 15,
        ("Kelompok 3", 1): 3, ("Kelompok 3", 2): 4,
        ("Kelompok 4", 2): 20,
    }  # fmt: skip
    board = leaderboard(["Kelompok 1", "Kelompok 2", "Kelompok 3", "Kelompok 4"], scores, 2)
    assert [(s.rank, s.group, s.total) for s in board] == [
        (1, "Kelompok 4", 20),
        (2, "Kelompok 1", 15),
        (2, "Kelompok 2", 15),
        (4, "Kelompok 3", 7),
    ]
    assert board[1].tied and board[2].tied and not board[0].tied
    assert board[2].per_round == (15, None)


def test_negative_points_and_an_empty_board():
    board = leaderboard(["A", "B"], {("A", 1): -5}, 1)
    assert [(s.rank, s.group, s.total) for s in board] == [(1, "B", 0), (2, "A", -5)]
    assert leaderboard([], {}, 3) == []
    assert points_problem(float("nan")) and points_problem(1e9) and not points_problem(12.5)


def test_observer_scores_are_averaged_per_value_and_blanks_left_out():
    result = scores_per_value(
        [("akuntabel", 4), ("harmonis", 2), ("akuntabel", 2), ("harmonis", None)]
    )
    assert [(v.value, v.mean, v.count) for v in result] == [
        ("akuntabel", 3.0, 2),
        ("harmonis", 2.0, 1),
    ]
