"""Statistical disclosure control for public tables of child cases. Pure: no Django, no database.

What a public table must never do is let a reader work out a small count (1-9 children) — from the
table itself, from its totals, or from other public tables of the same release. The rules (see
docs/stats.md for the reasoning and the references):

* **Primary suppression**: a count of 1 to ``threshold - 1`` (1-9) is not published. Zero is.
* **Secondary suppression**: more cells are withheld until every small count is *protected*: given
  every published number of the table taken as exact (rounding ignored, the attacker's best case),
  the small count ``v`` could still be as large as ``v + protection`` and as small as
  ``max(0, v - protection)``. Every other withheld cell can take at least two values. This is
  checked exactly, as a feasibility question on the table's flow network (a two-way table with
  totals is a transportation problem), not by rules of thumb.
* **Linked tables**: the tables of one release share totals (the cases by category are the row
  totals of "category by sex" and of "category by age", and a district's row in "districts by
  category" is the same numbers again). Each number is *owned* by one table, where it is protected;
  a table that shows a number owned elsewhere treats it as fixed and copies its status, and when
  such a total is withheld, every cell it adds up is withheld too (rule R1). With R1, any change to
  withheld totals that keeps the published ones can be absorbed by the cells below them (a
  transportation problem with all cells free is always feasible), so each table's protection
  holds for the release as a whole. ``protect_tree`` applies this down the geography
  (national → province → district), so a province's table by district and the national table by
  province are cut from one consistent pattern.
* **Rounding**: every published count is rounded to the nearest multiple of ``base`` (5), each
  number on its own, totals included; so totals need not equal the sum of their rounded parts,
  and a published count of 10 means 10-12. Zero stays zero.

Geography finer than a district is not this module's business: callers never hand it stations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    PUBLISHED = "published"
    PRIMARY = "primary"  # a small count (1-9): withheld for its own sake
    SECONDARY = "secondary"  # withheld so that a small count cannot be worked out


WITHHELD = frozenset({Status.PRIMARY, Status.SECONDARY})


@dataclass(frozen=True)
class Policy:
    threshold: int = 10  # counts 1 .. threshold-1 are withheld
    base: int = 5  # published counts are rounded to a multiple of this
    protection: int = 5  # how far a withheld small count must be able to move, each way

    def is_small(self, n: int) -> bool:
        return 0 < n < self.threshold


DEFAULT_POLICY = Policy()


def round_count(n: int, base: int = DEFAULT_POLICY.base) -> int:
    """Nearest multiple of ``base`` (no halves with an odd base; with an even one, halves go up)."""
    if n < 0:
        raise ValueError("counts are never negative")
    return (n + base // 2) // base * base


@dataclass(frozen=True)
class Margin:
    """One side's totals (row totals or column totals) of a grid.

    ``shown``: the table shows these totals (a one-way table shows no row totals: each row is one
    number). ``fixed``: the totals are owned and protected by another table of the release; their
    statuses are then given in ``withheld`` and this table must not move them.
    """

    shown: bool = True
    fixed: bool = False
    withheld: frozenset[int] = frozenset()
    # Owned here but also the grand totals of other tables (a district's total in the table of
    # districts): protected as a line, and withholding one withholds its whole row (rule R1).
    shared: bool = False


@dataclass(frozen=True)
class Grid:
    """A two-way table of counts with its totals; a one-way table is one column without row totals.

    ``total_fixed``/``total_withheld``: the grand total is owned by another table (and withheld
    there or not).
    """

    cells: tuple[tuple[int, ...], ...]
    rows: Margin = Margin()
    cols: Margin = Margin()
    total_fixed: bool = False
    total_withheld: bool = False

    @classmethod
    def of(
        cls,
        cells: Sequence[Sequence[int]],
        *,
        rows: Margin | None = None,
        cols: Margin | None = None,
        total_fixed: bool = False,
        total_withheld: bool = False,
    ) -> Grid:
        data = tuple(tuple(int(v) for v in row) for row in cells)
        if not data or not data[0] or any(len(r) != len(data[0]) for r in data):
            raise ValueError("a grid needs at least one row and column, all rows the same length")
        if any(v < 0 for r in data for v in r):
            raise ValueError("counts are never negative")
        return cls(
            data, rows or Margin(), cols or Margin(), total_fixed, total_withheld and total_fixed
        )

    @classmethod
    def one_way(
        cls, values: Sequence[int], *, total_fixed: bool = False, total_withheld: bool = False
    ) -> Grid:
        """A list of counts and their total (e.g. cases by month): one column, whose total is
        the grand total, and no row totals."""
        return cls.of(
            [[v] for v in values],
            rows=Margin(shown=False),
            cols=Margin(shown=False),
            total_fixed=total_fixed,
            total_withheld=total_withheld,
        )

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.cells), len(self.cells[0])

    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(r) for r in self.cells)

    def col_totals(self) -> tuple[int, ...]:
        return tuple(sum(col) for col in zip(*self.cells, strict=True))

    def total(self) -> int:
        return sum(self.row_totals())


@dataclass(frozen=True)
class Protected:
    """A grid's statuses after protection, and its published (rounded) numbers."""

    grid: Grid
    cells: tuple[tuple[Status, ...], ...]
    rows: tuple[Status, ...]
    cols: tuple[Status, ...]
    total: Status
    policy: Policy
    # Anything the rules could not settle (reported, never silently published).
    notes: tuple[str, ...] = ()

    def cell(self, i: int, j: int) -> int | None:
        return self._out(self.cells[i][j], self.grid.cells[i][j])

    def row_total(self, i: int) -> int | None:
        return self._out(self.rows[i], self.grid.row_totals()[i])

    def col_total(self, j: int) -> int | None:
        return self._out(self.cols[j], self.grid.col_totals()[j])

    def grand_total(self) -> int | None:
        return self._out(self.total, self.grid.total())

    def value(self, i: int) -> int | None:
        """For a one-way grid: the published value of row ``i``."""
        return self.cell(i, 0)

    def _out(self, status: Status, n: int) -> int | None:
        return None if status in WITHHELD else round_count(n, self.policy.base)

    def withheld_cells(self) -> list[tuple[int, int]]:
        return [
            (i, j) for i, row in enumerate(self.cells) for j, s in enumerate(row) if s in WITHHELD
        ]


# -- exact checks: the grid as a flow network ---------------------------------------------------
#
# Nodes: source S, one node per row, one per column, sink T. Flow S→row i is the row total, row
# i→column j the cell, column j→T the column total, T→S the grand total. A table of non-negative
# numbers agreeing with everything published is exactly a feasible circulation in which published
# (or fixed) numbers are edges with lower = upper bound and withheld numbers are free edges. "Can
# this cell be as large as v+5?" is then one max-flow.


class _Network:
    def __init__(self, n: int) -> None:
        self.n = n
        self.head: list[list[int]] = [[] for _ in range(n)]
        self.to: list[int] = []
        self.cap: list[int] = []

    def add(self, u: int, v: int, c: int) -> None:
        self.head[u].append(len(self.to))
        self.to.append(v)
        self.cap.append(c)
        self.head[v].append(len(self.to))
        self.to.append(u)
        self.cap.append(0)

    def max_flow(self, s: int, t: int, limit: int) -> int:
        flow = 0
        while flow < limit:
            level = [-1] * self.n
            level[s] = 0
            queue = [s]
            for u in queue:
                for e in self.head[u]:
                    if self.cap[e] > 0 and level[self.to[e]] < 0:
                        level[self.to[e]] = level[u] + 1
                        queue.append(self.to[e])
            if level[t] < 0:
                break
            it = [0] * self.n
            while True:
                got = self._push(s, t, limit - flow, level, it)
                if not got:
                    break
                flow += got
                if flow >= limit:
                    break
        return flow

    def _push(self, u: int, t: int, f: int, level: list[int], it: list[int]) -> int:
        """One augmenting path in the level graph (depth-first; the graphs are small)."""
        if u == t:
            return f
        while it[u] < len(self.head[u]):
            e = self.head[u][it[u]]
            v = self.to[e]
            if self.cap[e] > 0 and level[v] == level[u] + 1:
                got = self._push(v, t, min(f, self.cap[e]), level, it)
                if got:
                    self.cap[e] -= got
                    self.cap[e ^ 1] += got
                    return got
            it[u] += 1
        return 0


Bound = tuple[int, int]  # (lower, upper)


def _feasible(nodes: int, edges: list[tuple[int, int, int, int]]) -> bool:
    """Is there a circulation with every edge's flow within its [lower, upper] bounds?"""
    excess = [0] * nodes
    net = _Network(nodes + 2)
    s, t = nodes, nodes + 1
    for u, v, lo, hi in edges:
        if hi < lo:
            return False
        if hi > lo:
            net.add(u, v, hi - lo)
        excess[v] += lo
        excess[u] -= lo
    need = 0
    for node, ex in enumerate(excess):
        if ex > 0:
            net.add(s, node, ex)
            need += ex
        elif ex < 0:
            net.add(node, t, -ex)
    return net.max_flow(s, t, need) == need


Pos = tuple[
    int, int
]  # a place in the extended grid: row R holds column totals, column C row totals


class _State:
    """Statuses being decided for one grid, with the exact reachability checks.

    Works on the *extended* grid: rows 0..R-1 and a totals row R; columns 0..C-1 and a totals
    column C; (R, C) is the grand total. A rectangle of four places in it, with signs + - - +, is
    an elementary way to change numbers while keeping every sum (once a total's sign is flipped):
    an ordinary rectangle of cells, two cells of a column trading counts together with their row
    totals, a cell rising with its row, column and grand totals, and so on.
    """

    def __init__(self, grid: Grid, policy: Policy) -> None:
        self.g = grid
        self.p = policy
        self.R, self.C = R, C = grid.shape
        rt, ct, n = grid.row_totals(), grid.col_totals(), grid.total()
        self.n = n
        self.big = 4 * n + 4 * policy.protection + 8
        self.v: list[list[int]] = [[*row, rt[i]] for i, row in enumerate(grid.cells)]
        self.v.append([*ct, n])
        self.s: list[list[Status]] = [[Status.PUBLISHED] * (C + 1) for _ in range(R + 1)]
        self._free: list[list[bool]] | None = None
        self._zero: tuple[list[bool], list[bool]] | None = None
        self._edges: tuple[list[tuple[int, int, int, int]], dict[Pos, int]] | None = None
        if grid.rows.fixed:
            for i in grid.rows.withheld:
                self.s[i][C] = Status.SECONDARY
        if grid.cols.fixed:
            for j in grid.cols.withheld:
                self.s[R][j] = Status.SECONDARY

    # -- what each place is ------------------------------------------------------------------
    def fixed(self, r: int, c: int) -> bool:
        """Owned by another table (or the grand total of a linked table): never moves here."""
        if (r, c) == (self.R, self.C):
            return self.g.total_fixed
        if c == self.C:
            return self.g.rows.shown and self.g.rows.fixed
        if r == self.R:
            return self.g.cols.shown and self.g.cols.fixed
        return False

    def virtual(self, r: int, c: int) -> bool:
        """Totals the table does not show are free to move and cost nothing."""
        if (r, c) == (self.R, self.C):
            return False
        if c == self.C:
            return not self.g.rows.shown
        if r == self.R:
            return not self.g.cols.shown
        return False

    def withheld(self, r: int, c: int) -> bool:
        return self.virtual(r, c) or self.s[r][c] in WITHHELD

    def known_zero(self, r: int, c: int) -> bool:
        """A cell in a line whose published total is zero is zero, and everyone can see it."""
        if r >= self.R or c >= self.C:
            return False
        if self._zero is None:
            R, C = self.R, self.C
            rows = [
                self.v[i][C] == 0 and self.s[i][C] == Status.PUBLISHED and not self.virtual(i, C)
                for i in range(R)
            ]
            cols = [
                self.v[R][j] == 0 and self.s[R][j] == Status.PUBLISHED and not self.virtual(R, j)
                for j in range(C)
            ]
            self._zero = (rows, cols)
        return self._zero[0][r] or self._zero[1][c]

    def under_withheld_fixed(self, pos: Pos) -> bool:
        """A number inside a line whose total another table owns and withholds: it also moves
        whenever that owner's alternatives move the total (rule R1), which this grid alone
        cannot see."""
        r, c = pos
        lines = []
        if r < self.R:
            lines.append((r, self.C))
        if c < self.C:
            lines.append((self.R, c))
        return any(self.fixed(*k) and self.s[k[0]][k[1]] in WITHHELD for k in lines)

    def free(self, r: int, c: int) -> bool:
        """May move in this grid's alternatives: withheld here (or never shown), not fixed."""
        return not self.fixed(r, c) and self.withheld(r, c)

    # -- the flow network ----------------------------------------------------------------------
    def _bound(self, r: int, c: int) -> Bound:
        if self.free(r, c):
            return (0, self.big)
        return (self.v[r][c], self.v[r][c])

    def _base_edges(self) -> tuple[list[tuple[int, int, int, int]], dict[Pos, int]]:
        if self._edges is None:
            R, C = self.R, self.C
            src, sink = 0, R + C + 1
            edges: list[tuple[int, int, int, int]] = []
            where: dict[Pos, int] = {}
            for i in range(R):
                where[(i, C)] = len(edges)
                edges.append((src, 1 + i, *self._bound(i, C)))
                for j in range(C):
                    where[(i, j)] = len(edges)
                    edges.append((1 + i, 1 + R + j, *self._bound(i, j)))
            for j in range(C):
                where[(R, j)] = len(edges)
                edges.append((1 + R + j, sink, *self._bound(R, j)))
            where[(R, C)] = len(edges)
            edges.append((sink, src, *self._bound(R, C)))
            self._edges = (edges, where)
        return self._edges

    def can_reach(self, pos: Pos, lo: int, hi: int) -> bool:
        base, where = self._base_edges()
        edges = list(base)
        k = where[pos]
        u, v, _lo, _hi = edges[k]
        edges[k] = (u, v, lo, hi)
        return _feasible(self.R + self.C + 2, edges)

    def protected(self, pos: Pos) -> bool:
        """A small count v: can it be smaller than v, and is its range at least ``protection``
        wide? (So it is never pinned from below, and never known better than a rounded count.)"""
        v, pr = self.v[pos[0]][pos[1]], self.p.protection
        up, down = self._move_reach(pos)
        if _enough(up, down, v, pr):
            return True
        down = self._flow_reach(pos, v, -1, min(v, pr))
        up = self._flow_reach(pos, v, 1, pr)
        return _enough(up, down, v, pr)

    def _flow_reach(self, pos: Pos, v: int, direction: int, limit: int) -> int:
        """How far (up to ``limit``) the number can move in one direction, by bisection."""
        lo, hi = 0, limit
        while lo < hi:
            mid = (lo + hi + 1) // 2
            target = v + direction * mid
            ok = (
                self.can_reach(pos, target, self.big)
                if direction > 0
                else self.can_reach(pos, 0, target)
            )
            lo, hi = (mid, hi) if ok else (lo, mid - 1)
        return lo

    def movable(self, pos: Pos) -> bool:
        """Any other withheld number: can it take at least two values?"""
        v = self.v[pos[0]][pos[1]]
        if self._moves_protect(pos, 1, 0) or (v > 0 and self._moves_protect(pos, 0, 1)):
            return True
        if self.can_reach(pos, v + 1, self.big):
            return True
        return v > 0 and self.can_reach(pos, 0, v - 1)

    # -- elementary moves ----------------------------------------------------------------------
    def _sign(self, r: int, c: int) -> int:
        return -1 if (r == self.R) != (c == self.C) else 1

    def moves(self, pos: Pos) -> list[tuple[list[Pos], list[Pos]]]:
        """Rectangles through ``pos``: (places that rise with it, places that fall as it rises)."""
        r, c = pos
        out = []
        s0 = self._sign(r, c)
        for r2 in range(self.R + 1):
            if r2 == r:
                continue
            for c2 in range(self.C + 1):
                if c2 == c:
                    continue
                rises: list[Pos] = [pos]
                falls: list[Pos] = []
                for (a, b), sign in (((r, c2), -1), ((r2, c), -1), ((r2, c2), 1)):
                    (rises if sign * self._sign(a, b) * s0 > 0 else falls).append((a, b))
                out.append((rises, falls))
        return out

    def capacity(self, rises: list[Pos], falls: list[Pos]) -> tuple[int, int]:
        up = min((self.v[a][b] for a, b in falls), default=self.big)
        down = min(self.v[a][b] for a, b in rises)
        return up, down

    def _move_reach(self, pos: Pos) -> tuple[int, int]:
        """The furthest one elementary move of withheld numbers takes ``pos`` up and down.

        For a one-way table under a fixed total the answer is exact: the cell can take all of the
        other withheld counts, or give all of its own to them."""
        r, c = pos
        if self.C == 1 and not self.g.rows.shown and r < self.R and c == 0:
            others = [self.v[i][0] for i in range(self.R) if i != r and self.free(i, 0)]
            if (self.R, self.C) == (self.R, 1) and self.free(self.R, 1):
                return self.big, self.v[r][0]
            return (sum(others), self.v[r][0]) if others else (0, 0)
        free = self.free_matrix()
        v, sign = self.v, self._sign
        s0 = sign(r, c)
        rows = [r2 for r2 in range(self.R + 1) if r2 != r and free[r2][c]]
        cols = [c2 for c2 in range(self.C + 1) if c2 != c and free[r][c2]]
        up = down = 0
        big = self.big
        for r2 in rows:
            fr2 = free[r2]
            for c2 in cols:
                if not fr2[c2]:
                    continue
                u, d = big, v[r][c]
                for (a, b), bs in (((r, c2), -1), ((r2, c), -1), ((r2, c2), 1)):
                    if bs * sign(a, b) * s0 > 0:
                        d = min(d, v[a][b])
                    else:
                        u = min(u, v[a][b])
                up, down = max(up, u), max(down, d)
        return up, down

    def free_matrix(self) -> list[list[bool]]:
        if self._free is None:
            self._free = [[self.free(r, c) for c in range(self.C + 1)] for r in range(self.R + 1)]
        return self._free

    def set(self, r: int, c: int, status: Status) -> None:
        self.s[r][c] = status
        self._free = None
        self._edges = None
        self._zero = None

    def _moves_protect(self, pos: Pos, need_up: int, need_down: int) -> bool:
        up, down = self._move_reach(pos)
        return up >= need_up and down >= need_down

    def cost(self, r: int, c: int) -> int | None:
        """What withholding this place costs; None when it may not be withheld here."""
        if self.fixed(r, c) or self.known_zero(r, c):
            return None
        if self.withheld(r, c):
            return 0
        is_margin = r == self.R or c == self.C
        if is_margin and c == self.C and r < self.R and self.g.rows.shared:
            return None  # shared totals are settled by the line rule, never ad hoc
        if is_margin and r == self.R and c < self.C and self.g.cols.shared:
            return None
        return self.v[r][c] + 1 + (2 if is_margin else 0)

    def best_move(self, pos: Pos, small: bool) -> list[Pos]:
        """The cheapest places to withhold so that one more move protects ``pos`` (a small count,
        or any withheld number that must merely be able to move); failing that, the move that
        comes closest. Cost: the counts newly withheld, plus one per place."""
        v, pr = self.v[pos[0]][pos[1]], self.p.protection
        cu, cd = self._move_reach(pos)
        best: tuple[int, int, list[Pos]] | None = None
        for rises, falls in self.moves(pos):
            others = [k for k in rises + falls if k != pos]
            costs = [self.cost(*k) for k in others]
            if any(x is None for x in costs):
                continue
            new = [k for k, x in zip(others, costs, strict=True) if x]
            if not new:
                continue
            u, d = self.capacity(rises, falls)
            u, d = max(u, cu), max(d, cd)
            if small:
                shortfall = max(0, pr - min(u, pr) - min(d, v)) + (0 if d >= 1 else 1)
            else:
                shortfall = 0 if (u >= 1 or d >= 1) else 1
            key = (shortfall, sum(x or 0 for x in costs))
            if best is None or key < best[:2]:
                best = (*key, new)
        return best[2] if best else []


def _enough(up: int, down: int, v: int, protection: int) -> bool:
    return down >= min(1, v) and min(up, protection) + min(down, v) >= protection


def _line_partners(values: Sequence[int], withheld: set[int], policy: Policy) -> set[int]:
    """For numbers with a fixed sum: add the fewest, smallest others so that each withheld small
    number could rise by ``protection`` (the rest of the withheld absorb it) — and so never leave
    exactly one withheld."""
    out = set(withheld)
    while True:
        short = [
            i
            for i in out
            if policy.is_small(values[i])
            and sum(values[k] for k in out if k != i) < policy.protection
        ]
        lonely = len(out) == 1
        if not short and not lonely:
            return out
        target = short[0] if short else next(iter(out))
        deficit = max(1, policy.protection - sum(values[k] for k in out if k != target))
        free = [k for k in range(len(values)) if k not in out and values[k] > 0]
        if not free:
            free = [k for k in range(len(values)) if k not in out]
            if not free:
                return out
        enough = [k for k in free if values[k] >= deficit]
        if enough:
            pick = min(enough, key=lambda k: (values[k], k))
        else:
            pick = max(free, key=lambda k: (values[k], -k))
        out.add(pick)


def protect(grid: Grid, policy: Policy = DEFAULT_POLICY) -> Protected:
    """Decide what a grid may publish. See the module docstring for the rules."""
    st = _State(grid, policy)
    R, C = st.R, st.C
    notes: list[str] = []

    # A table whose total is small (or withheld by its owner) shows nothing but that fact: even
    # its zeros would say where the few children are.
    total_small = not grid.total_fixed and policy.is_small(st.n)
    if total_small or (grid.total_fixed and grid.total_withheld):
        return _all_withheld(grid, policy, total_small)

    def withhold(r: int, c: int) -> None:
        if st.s[r][c] == Status.PUBLISHED and not st.fixed(r, c) and not st.known_zero(r, c):
            st.set(r, c, Status.SECONDARY)

    # One row under fixed column totals (a parent with one child): the row *is* those totals,
    # protected where they are owned; it takes their statuses. Likewise one column.
    if R == 1 and grid.cols.shown and grid.cols.fixed:
        return _copied(grid, policy, [[st.s[R][j] for j in range(C)]], grid.total_withheld)
    if C == 1 and grid.rows.shown and grid.rows.fixed:
        return _copied(grid, policy, [[st.s[i][C]] for i in range(R)], grid.total_withheld)

    # Totals shared with other tables (a district's total is also its own table's grand total)
    # are protected as a line, so the tables below can absorb any change (R1).
    if grid.rows.shown and not grid.rows.fixed and grid.rows.shared:
        rows = [st.v[i][C] for i in range(R)]
        small = {i for i in range(R) if policy.is_small(rows[i])}
        for i in _line_partners(rows, small, policy):
            withhold(i, C)
    if grid.cols.shown and not grid.cols.fixed and grid.cols.shared:
        cols = [st.v[R][j] for j in range(C)]
        small = {j for j in range(C) if policy.is_small(cols[j])}
        for j in _line_partners(cols, small, policy):
            withhold(R, j)

    # A cell alone in a line of known zeros under a fixed total *is* that total: it takes the
    # total's status and the total's owner protects it.
    copies: set[Pos] = set()
    for r in range(R):
        for c in range(C):
            for total, others in (
                ((R, c), [(i, c) for i in range(R) if i != r]),
                ((r, C), [(r, j) for j in range(C) if j != c]),
            ):
                if st.fixed(*total) and all(st.known_zero(*k) for k in others):
                    copies.add((r, c))
                    if st.s[total[0]][total[1]] in WITHHELD:
                        is_small = policy.is_small(st.v[r][c])
                        st.set(r, c, Status.PRIMARY if is_small else Status.SECONDARY)
                    break

    # Primary suppression: small cells, and small totals this grid owns and shows.
    targets: list[Pos] = []
    for r in range(R + 1):
        for c in range(C + 1):
            if st.fixed(r, c) or st.virtual(r, c) or (r, c) == (R, C) or (r, c) in copies:
                continue
            if policy.is_small(st.v[r][c]):
                st.set(r, c, Status.PRIMARY)
                targets.append((r, c))

    # R1: a withheld total that other tables break down (or that another table owns) withholds
    # every count it adds up here — except those a published zero total already gives away.
    def r1() -> None:
        for i in range(R):
            if grid.rows.shown and (grid.rows.fixed or grid.rows.shared) and st.withheld(i, C):
                for j in range(C):
                    withhold(i, j)
        for j in range(C):
            if grid.cols.shown and (grid.cols.fixed or grid.cols.shared) and st.withheld(R, j):
                for i in range(R):
                    withhold(i, j)

    r1()

    # Secondary suppression until every small count is protected.
    targets.sort(key=lambda k: (st.v[k[0]][k[1]], k))
    pending = list(targets)
    guard = 4 * (R + 1) * (C + 1) + 8 + len(targets)
    while pending and guard > 0:
        guard -= 1
        pos = pending[0]
        if st.protected(pos):
            pending.pop(0)
            continue
        move = st.best_move(pos, small=True)
        if move:
            for place in move:
                withhold(*place)
            continue
        # No single move helps any more: withhold everything this grid owns in the count's row
        # and column — the most these lines can give — and say so if that is still short.
        pending.pop(0)
        r, c = pos
        for place in [(r, k) for k in range(C + 1)] + [(k, c) for k in range(R + 1)]:
            if place != (R, C) and st.cost(*place) is not None:
                withhold(*place)
        if not st.protected(pos) and not st.under_withheld_fixed(pos):
            notes.append(f"{pos} is protected only as far as its fixed totals allow")

    # Every other withheld number must be able to take at least two values.
    for r in range(R + 1):
        for c in range(C + 1):
            if st.s[r][c] != Status.SECONDARY or st.fixed(r, c) or (r, c) in copies:
                continue
            if st.movable((r, c)):
                continue
            for place in st.best_move((r, c), small=False):
                withhold(*place)
            if not st.movable((r, c)) and not st.under_withheld_fixed((r, c)):
                notes.append(f"{(r, c)} is withheld but determined by the published totals")

    return Protected(
        grid,
        tuple(tuple(st.s[i][:C]) for i in range(R)),
        tuple(st.s[i][C] for i in range(R)),
        tuple(st.s[R][:C]),
        st.s[R][C],
        policy,
        tuple(notes),
    )


def _copied(
    grid: Grid, policy: Policy, statuses: list[list[Status]], total_withheld: bool
) -> Protected:
    def mark(s: Status, n: int) -> Status:
        if s == Status.PUBLISHED:
            return s
        return Status.PRIMARY if policy.is_small(n) else Status.SECONDARY

    cells = tuple(
        tuple(mark(s, grid.cells[i][j]) for j, s in enumerate(row))
        for i, row in enumerate(statuses)
    )
    whole = Status.SECONDARY if total_withheld else Status.PUBLISHED
    R, C = grid.shape
    rows = tuple(cells[i][0] if C == 1 else whole for i in range(R))
    cols = tuple(cells[0][j] if R == 1 else whole for j in range(C))
    return Protected(grid, cells, rows, cols, whole, policy)


def _all_withheld(grid: Grid, policy: Policy, total_small: bool) -> Protected:
    """Everything withheld — except totals owned elsewhere (they keep their owner's status) and
    cells that a published zero total gives away (a zero is a zero everywhere)."""
    R, C = grid.shape
    rt, ct = grid.row_totals(), grid.col_totals()

    def status(n: int) -> Status:
        return Status.PRIMARY if policy.is_small(n) else Status.SECONDARY

    def margin(m: Margin, values: tuple[int, ...]) -> tuple[Status, ...]:
        if m.fixed:
            return tuple(
                status(v) if k in m.withheld else Status.PUBLISHED for k, v in enumerate(values)
            )
        return tuple(status(v) for v in values)

    rows, cols = margin(grid.rows, rt), margin(grid.cols, ct)

    def cell(i: int, j: int) -> Status:
        zero_row = grid.rows.fixed and rows[i] == Status.PUBLISHED and rt[i] == 0
        zero_col = grid.cols.fixed and cols[j] == Status.PUBLISHED and ct[j] == 0
        return Status.PUBLISHED if zero_row or zero_col else status(grid.cells[i][j])

    return Protected(
        grid,
        tuple(tuple(cell(i, j) for j in range(C)) for i in range(R)),
        rows,
        cols,
        Status.PRIMARY if total_small else Status.SECONDARY,
        policy,
    )


def protect_table(cells: Sequence[Sequence[int]], policy: Policy = DEFAULT_POLICY) -> Protected:
    """A stand-alone two-way table with its row, column and grand totals."""
    return protect(Grid.of(cells), policy)


def protect_list(values: Sequence[int], policy: Policy = DEFAULT_POLICY) -> Protected:
    """A stand-alone one-way table (counts and their total)."""
    return protect(Grid.one_way(values), policy)


# -- a geography tree --------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeStatus:
    """What a unit of the geography may publish: its counts by group and its total."""

    groups: tuple[Status, ...]
    total: Status

    @property
    def withheld_groups(self) -> frozenset[int]:
        return frozenset(k for k, s in enumerate(self.groups) if s in WITHHELD)

    @property
    def total_withheld(self) -> bool:
        return self.total in WITHHELD


@dataclass
class TreeProtection:
    nodes: dict[str, NodeStatus] = field(default_factory=dict)
    # For each parent: the protected grid of its children by group (rows in ``children`` order).
    grids: dict[str, Protected] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def protect_tree(
    counts: Mapping[str, Sequence[int]],
    children: dict[str, list[str]],
    root: str,
    policy: Policy = DEFAULT_POLICY,
) -> TreeProtection:
    """Protect counts by group for every unit of a tree, top-down, as one linked structure.

    ``counts[unit]`` are the unit's counts by group; a parent's counts must be the sum of its
    children's. The root is a one-way table (groups and their total); each parent then owns the
    grid of its children by group, whose column totals are the parent's counts (fixed, with the
    parent's statuses) and whose row totals are the children's totals.
    """
    out = TreeProtection(children={k: list(v) for k, v in children.items()})
    root_grid = protect(Grid.one_way(counts[root]), policy)
    out.nodes[root] = NodeStatus(
        tuple(root_grid.cells[i][0] for i in range(len(counts[root]))), root_grid.total
    )
    out.notes.extend(root_grid.notes)
    queue = [root]
    while queue:
        parent = queue.pop(0)
        kids = children.get(parent, [])
        if not kids:
            continue
        ps = out.nodes[parent]
        cells = [list(counts[k]) for k in kids]
        expected = [sum(col) for col in zip(*cells, strict=True)]
        if expected != list(counts[parent]):
            raise ValueError(f"the children of {parent} do not add up to it")
        grid = Grid.of(
            cells,
            rows=Margin(shown=True, shared=True),
            cols=Margin(shown=True, fixed=True, withheld=ps.withheld_groups),
            total_fixed=True,
            total_withheld=ps.total_withheld,
        )
        done = protect(grid, policy)
        out.grids[parent] = done
        out.notes.extend(f"{parent}: {n}" for n in done.notes)
        for r, kid in enumerate(kids):
            out.nodes[kid] = NodeStatus(done.cells[r], done.rows[r])
            queue.append(kid)
    return out


def attribute_disclosures(p: Protected) -> list[int]:
    """Rows whose whole published total sits in one published cell: everyone in that row shares
    the column's attribute (e.g. every case of a district was one offence). Reported for a person
    to review before publishing; not suppressed automatically."""
    out = []
    for i, row in enumerate(p.grid.cells):
        total = sum(row)
        if total < p.policy.threshold or p.rows[i] in WITHHELD or len(row) < 2:
            continue
        nonzero = [j for j, v in enumerate(row) if v]
        if len(nonzero) == 1 and p.cells[i][nonzero[0]] == Status.PUBLISHED:
            out.append(i)
    return out
