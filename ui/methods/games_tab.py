"""Games: choose the game an activity plays, enter each team's points per round, and put the
leaderboard on the projector."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.activity import ActivityKind
from facilitation.bilingual import text_in
from facilitation.games import MAX_GAME_ROUNDS
from facilitation.method_runs import GamePlay
from ui.common.context import AppContext
from ui.common.theme import set_tone
from ui.common.undo import ValueCommand
from ui.methods.game_models import LeaderboardModel, ScoresModel, points_text
from ui.methods.sources import MethodLibraries, fill_activity_choice, groups_of
from ui.projector.methods_boards import show_on_projector
from ui.projector.window import ProjectorWindow

MAX_TEAM_NAME = 120


class GamesTab(QWidget):
    status = Signal(str)

    def __init__(
        self,
        context: AppContext,
        undo_stack: QUndoStack,
        libraries: MethodLibraries,
        projector: ProjectorWindow,
    ) -> None:
        super().__init__()
        self.context, self.undo_stack, self.libraries = context, undo_stack, libraries
        self.projector = projector  # the session's one wall, shared with the run console
        self.repo = context.games
        self.session_id: str | None = None
        self.play: GamePlay | None = None
        self.extra_teams: dict[str, list[str]] = {}  # activity id -> teams added by hand

        self.activity_choice = QComboBox()
        self.activity_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.game_choice = QComboBox()
        for game in libraries.games:
            self.game_choice.addItem(game.title_in(context.lang), game.key)
        self.game_choice.setCurrentIndex(-1)
        self.game_choice.activated.connect(self._game_chosen)
        self.about = QLabel()
        self.about.setWordWrap(True)
        set_tone(self.about, "muted")
        self.rounds = QSpinBox()
        self.rounds.setRange(1, MAX_GAME_ROUNDS)
        self.rounds.editingFinished.connect(self._rounds_changed)
        self.add_team_button = QPushButton(self.tr("Add &team…"))
        self.add_team_button.clicked.connect(self._ask_team)
        self.scores = ScoresModel(self)
        self.scores.points_requested.connect(self.set_points)
        self.score_table = QTableView()
        self.score_table.setModel(self.scores)
        self.score_table.setAlternatingRowColors(True)
        self.score_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.score_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.score_table.horizontalHeader().setStretchLastSection(True)
        self.board = LeaderboardModel(self)
        self.board_table = QTableView()
        self.board_table.setModel(self.board)
        self.board_table.verticalHeader().hide()
        self.board_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.board_table.setStyleSheet("font-size: 13pt;")
        self.projector_button = QPushButton(self.tr("Show leaderboard on &projector"))
        self.projector_button.clicked.connect(self.show_leaderboard_on_projector)

        form = QFormLayout()
        form.addRow(self.tr("Activity:"), self.activity_choice)
        form.addRow(self.tr("Game:"), self.game_choice)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Rounds:")))
        controls.addWidget(self.rounds)
        controls.addWidget(self.add_team_button)
        controls.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(controls)
        left_layout.addWidget(self.score_table, 1)
        hint = QLabel(self.tr("Type points in a round's cell; an empty cell clears them."))
        set_tone(hint, "muted")
        left_layout.addWidget(hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Leaderboard")))
        right_layout.addWidget(self.board_table, 1)
        right_layout.addWidget(self.projector_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(splitter, 1)

    def open_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        fill_activity_choice(self.activity_choice, self.context, session_id, ActivityKind.GAME)
        self.refresh()

    def activity_id(self) -> str | None:
        return self.activity_choice.currentData()

    def teams(self) -> list[str]:
        activity_id = self.activity_id()
        if not self.session_id or not activity_id:
            return []
        teams = groups_of(self.context, self.session_id, activity_id)
        teams += self.extra_teams.get(activity_id, [])
        if self.play:
            teams += [team for team, _round in self.play.scores]
        return list(dict.fromkeys(teams))

    def refresh(self) -> None:
        activity_id = self.activity_id()
        self.play = self.repo.for_activity(activity_id) if activity_id else None
        game = self.libraries.game(self.play.game_key) if self.play else None
        self.game_choice.setCurrentIndex(
            self.game_choice.findData(self.play.game_key) if self.play else -1
        )
        if game:
            lang = self.context.lang
            self.about.setText(
                f"{text_in(game.instructions, lang)}\n\n"
                + self.tr("Scoring: %1").replace("%1", text_in(game.scoring, lang))
                + "  ·  "
                + self.tr("Materials: %1").replace("%1", text_in(game.materials, lang))
            )
        else:
            self.about.setText(self.tr("Choose the game this activity plays."))
        if self.play:
            self.rounds.setValue(self.play.round_count)
        self.scores.set_scores(
            self.teams(),
            self.play.round_count if self.play else 0,
            dict(self.play.scores) if self.play else {},
        )
        self.board.set_standings(self.scores.standings() if self.play else [])
        for widget in (self.rounds, self.add_team_button, self.score_table, self.projector_button):
            widget.setEnabled(self.play is not None)
        self.game_choice.setEnabled(activity_id is not None)

    def _game_chosen(self, index: int) -> None:
        key = self.game_choice.itemData(index)
        if key and (self.play is None or self.play.game_key != key):
            self.choose_game(key)

    def choose_game(self, key: str) -> None:
        activity_id, game = self.activity_id(), self.libraries.game(key)
        if activity_id is None or game is None:
            return
        before = (
            (self.play.game_key, self.play.game_title, self.play.round_count) if self.play else None
        )
        after = (
            key,
            game.title_in(self.context.lang),
            self.play.round_count if self.play else game.rounds,
        )

        def apply(state) -> None:  # noqa: ANN001
            if state is None:
                self.repo.detach(activity_id)
            else:
                self.repo.choose_game(activity_id, *state)

        self.undo_stack.push(
            ValueCommand(
                self.tr("Play “%1”").replace("%1", after[1]), apply, before, after, self.refresh
            )
        )

    def _rounds_changed(self) -> None:
        if self.play is None or self.rounds.value() == self.play.round_count:
            return
        play_id = self.play.id
        self.undo_stack.push(
            ValueCommand(
                self.tr("Change the number of rounds"),
                lambda count: self.repo.set_round_count(play_id, count),
                self.play.round_count,
                self.rounds.value(),
                self.refresh,
            )
        )

    def set_points(self, team: str, round_number: int, points: float | None) -> None:
        if self.play is None:
            return
        play_id = self.play.id
        before = self.play.scores.get((team, round_number))
        self.undo_stack.push(
            ValueCommand(
                self.tr("Points for %1").replace("%1", team),
                lambda value: self.repo.set_points(play_id, team, round_number, value),
                before,
                points,
                self.refresh,
            )
        )
        self.status.emit(
            self.tr("%1, round %2: %3")
            .replace("%1", team)
            .replace("%2", str(round_number))
            .replace("%3", points_text(points) or "—")
        )

    def _ask_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add team"), self.tr("Team name:"))
        if ok:
            self.add_team(name)

    def add_team(self, name: str) -> bool:
        name = name.strip()
        activity_id = self.activity_id()
        if not name or activity_id is None or "\x00" in name or len(name) > MAX_TEAM_NAME:
            self.status.emit(
                self.tr("A team needs a name of at most %1 characters.").replace(
                    "%1", str(MAX_TEAM_NAME)
                )
            )
            return False
        self.extra_teams.setdefault(activity_id, []).append(name)
        self.refresh()
        return True

    def leaderboard_sections(self) -> list[tuple[str, list[str]]]:
        return [(f"{s.rank}. {s.group}", [self._points(s.total)]) for s in self.scores.standings()]

    def _points(self, total: float) -> str:
        if total == 1:
            return self.tr("1 point")
        return self.tr("%1 points").replace("%1", points_text(total))

    def show_leaderboard_on_projector(self) -> None:
        if self.play is None:
            return
        show_on_projector(
            self.projector,
            self.tr("Leaderboard"),
            self.leaderboard_sections(),
            self.play.game_title,
            ranked=True,
            activity_id=self.activity_id(),
        )
        self.status.emit(self.tr("The leaderboard is on the projector."))
