"""The one figure used by every illustration: an outlined "tube" person.

Every limb segment is a thick round-capped ink stroke with the same path drawn again in the
paper colour 6 units thinner, so 3 units of ink show on each side. Parts that belong to one
depth layer (e.g. torso + neck + head + near leg) are drawn ink-first-then-paper together, so
their outlines merge into one clean silhouette; a part in front (e.g. the near arm) is its own
layer and keeps its outline where it crosses the body.

Two views share one set of proportions (standing height ~194 units at scale 1, head ~1/7.5):

* `SideFigure`: facing right (+x). The near side is the figure's RIGHT side.
* `FrontFigure`: seen from the front (figure's right on the viewer's left) or from the back
  (figure's right on the viewer's right).

Poses are given by a few angles (degrees) and/or target points solved with two-bone IK, so
limb lengths are identical in every frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import pairwise

from geom import P, capsule_d, down_dir, lerp, poly_d, smooth_d, two_bone, up_dir
from svgdoc import INK, OUTLINE, PAPER, Draw, Svg

# --- proportions (scale 1) -----------------------------------------------------------------


@dataclass(frozen=True)
class Dims:
    upper_arm: float = 36.0
    forearm: float = 29.0
    hand: float = 11.0
    thigh: float = 48.0
    shank: float = 46.0
    pelvis_len: float = 22.0  # hip joint -> waist along the spine
    neck_len: float = 23.0  # neck base -> head centre
    head_r: float = 10.5  # paper radius (outer = +3)
    # paper (inside) widths of the tubes; the ink outline adds 2 * OUTLINE
    w_upper: float = 6.5
    w_fore: float = 5.5
    w_hand: float = 5.0
    w_thigh: float = 12.0
    w_shank: float = 9.0
    w_foot: float = 6.0
    w_neck: float = 7.0


DIMS = Dims()


# --- drawable shapes ----------------------------------------------------------------------


FAINT = "0.45"  # stroke-opacity of the far-side limbs in side views


@dataclass
class Tube:
    """A round-capped tube along a polyline (plus optional extra polylines in the same path).

    A faint tube is one path element, so its semi-transparent outline never doubles up
    where its segments overlap.
    """

    points: list[P]
    w: float  # paper width
    faint: bool = False
    more: list[list[P]] = field(default_factory=list)

    def lines(self) -> list[list[P]]:
        return [self.points, *self.more]

    def d(self) -> str:
        return "".join(poly_d(pl) for pl in self.lines() if len(pl) >= 2)

    def ink(self, svg: Svg) -> None:
        svg.path(
            self.d(),
            stroke=INK,
            width=self.w + 2 * OUTLINE,
            stroke_opacity=FAINT if self.faint else None,
        )

    def paper(self, svg: Svg) -> None:
        svg.path(self.d(), stroke=PAPER, width=self.w)


@dataclass
class Blob:
    """A closed smooth outline (paper inside, ink rim)."""

    points: list[P]

    def ink(self, svg: Svg) -> None:
        svg.path(smooth_d(self.points), stroke=INK, width=2 * OUTLINE, fill=INK)

    def paper(self, svg: Svg) -> None:
        svg.path(smooth_d(self.points), fill=PAPER)


@dataclass
class Disc:
    c: P
    r: float

    def ink(self, svg: Svg) -> None:
        svg.circle(self.c, self.r + OUTLINE, fill=INK)

    def paper(self, svg: Svg) -> None:
        svg.circle(self.c, self.r, fill=PAPER)


Shape = Tube | Blob | Disc


@dataclass
class Layer:
    name: str
    shapes: list[Shape]
    details: list[Draw] = field(default_factory=list)  # ink details drawn on top


@dataclass
class Built:
    """A posed figure: its layers (back to front) and named joints for scene authoring."""

    layers: list[Layer]
    j: dict[str, P]
    s: float  # scale

    def draw(
        self, svg: Svg, over: dict[str, list[Draw]] | None = None, crop_y: float | None = None
    ) -> None:
        """Draw back to front; `over[layer]` callables run right after that layer.

        With `crop_y` (a detail view), tubes are cut at that height; the scene then covers
        everything below it with a paper band.
        """
        over = over or {}
        svg.in_figure = True
        for layer in self.layers:
            shapes = layer.shapes if crop_y is None else _crop(layer.shapes, crop_y)
            for sh in shapes:
                sh.ink(svg)
            for sh in shapes:
                sh.paper(svg)
            for det in layer.details:
                det(svg)
            for extra in over.get(layer.name, []):
                extra(svg)
        svg.in_figure = False
        if crop_y is not None:
            svg.figure_bbox.y1 = min(svg.figure_bbox.y1, crop_y)

    def outline_capsules(self, grow: float) -> str:
        """Union of all parts, grown by `grow`, as one path (for a whole-figure glow)."""
        d = ""
        for layer in self.layers:
            for sh in layer.shapes:
                if isinstance(sh, Tube):
                    r = sh.w / 2 + OUTLINE + grow
                    for pl in sh.lines():
                        for a, b in pairwise(pl):
                            d += capsule_d(a, b, r)
                elif isinstance(sh, Disc):
                    d += capsule_d(sh.c, sh.c + P(0.01, 0), sh.r + OUTLINE + grow)
                else:
                    c = P(
                        sum(q.x for q in sh.points) / len(sh.points),
                        sum(q.y for q in sh.points) / len(sh.points),
                    )
                    grown = [q + (q - c).unit() * (OUTLINE + grow) for q in sh.points]
                    d += smooth_d(grown)
        return d


def _clip_polyline(points: list[P], y_max: float) -> list[P]:
    out: list[P] = []
    for a, b in pairwise(points):
        if a.y <= y_max and b.y <= y_max:
            out += [a, b] if not out else [b]
        elif a.y <= y_max < b.y:
            out += ([a] if not out else []) + [lerp(a, b, (y_max - a.y) / (b.y - a.y))]
            break
        elif b.y <= y_max < a.y:
            out = [lerp(a, b, (y_max - a.y) / (b.y - a.y)), b]
        else:
            break
    return out


def _crop(shapes: list[Shape], y_max: float) -> list[Shape]:
    out: list[Shape] = []
    for sh in shapes:
        if isinstance(sh, Tube):
            lines = [_clip_polyline(pl, y_max) for pl in sh.lines()]
            lines = [pl for pl in lines if len(pl) >= 2]
            if lines:
                out.append(Tube(lines[0], sh.w, sh.faint, lines[1:]))
        elif isinstance(sh, Disc):
            if sh.c.y - sh.r < y_max:
                out.append(sh)
        else:
            out.append(sh)
    return out


def ink_line(points: list[P], width: float = 2.5, smooth: bool = False) -> Draw:
    def draw(svg: Svg) -> None:
        d = smooth_d(points, closed=False) if smooth else poly_d(points)
        svg.path(d, stroke=INK, width=width)

    return draw


# --- limb specifications --------------------------------------------------------------------


@dataclass(frozen=True)
class ArmA:
    """Side-view arm by angles: upper arm from straight down (+ forward), elbow flexion >= 0."""

    shoulder: float
    elbow: float = 0.0
    wrist: float = 0.0  # hand relative to the forearm, + bends the hand forward/up (flexion)


@dataclass(frozen=True)
class ArmT:
    """Arm reaching a wrist target (absolute point); `hint` says where the elbow goes."""

    wrist: P
    hint: P
    hand: float | None = None  # absolute hand direction (from straight down, + forward)


@dataclass(frozen=True)
class LegA:
    """Side-view leg by angles: thigh from straight down (+ forward), knee flexion >= 0."""

    thigh: float
    knee: float = 0.0
    ankle: float = 0.0  # plantar flexion (+ points the toes down)


@dataclass(frozen=True)
class LegT:
    """Leg reaching an ankle target (absolute point); knee bends forward."""

    ankle: P
    foot: float = 90.0  # absolute foot direction (90 = flat, pointing forward)


Arm = ArmA | ArmT
Leg = LegA | LegT


def foot_points(ankle: P, fdir: P, s: float) -> tuple[P, P]:
    """Heel and toe centres of the foot tube for a foot pointing along `fdir`."""
    n = P(-fdir.y, fdir.x)  # sole side (down for a forward-pointing foot)
    if n.y < 0:
        n = -n
    heel = ankle + fdir * (-3 * s) + n * (4 * s)
    toe = ankle + fdir * (15 * s) + n * (4 * s)
    return heel, toe


def ankle_height(s: float, foot: float = 90.0) -> float:
    """Height of the ankle above the floor for a foot at absolute angle `foot` (side view)."""
    fdir = down_dir(foot)
    heel, toe = foot_points(P(0, 0), fdir, s)
    r = (DIMS.w_foot * s) / 2 + OUTLINE
    return max(heel.y, toe.y) + r


# --- side view ------------------------------------------------------------------------------

# Torso outline (paper edge) as (forward, up) offsets in the pelvis frame (origin: hip joint)
# and in the chest frame (origin: waist). Ordered around the outline.
_PELVIS_FRONT = [(7.0, -7.0), (10.0, 4.0)]
_CHEST = [
    (10.0, 4.0),
    (13.0, 17.0),
    (11.5, 27.5),
    (5.5, 34.0),
    (-3.5, 35.0),
    (-10.5, 29.0),
    (-12.0, 15.0),
    (-10.5, 3.0),
]
_PELVIS_BACK = [(-12.5, 9.0), (-13.0, -1.0), (-10.0, -8.0), (0.0, -8.5)]


@dataclass
class SideFigure:
    hip: P  # hip joint (absolute)
    s: float = 1.0
    pelvis: float = 0.0  # hip->waist from vertical, + leans forward
    chest: float = 0.0  # waist->neck from vertical, + leans forward
    neck: float = 10.0  # neck base->head centre from vertical, + forward
    head_pitch: float = 0.0  # + looks down
    shrug: float = 0.0  # shoulder raise
    shoulder_back: float = 0.0  # shoulder drawn back
    near_arm: Arm = ArmA(4.0, 12.0)
    far_arm: Arm = ArmA(-4.0, 12.0)
    near_leg: Leg = LegA(0.0)
    far_leg: Leg = LegA(0.0)
    far_hand_front: bool = False  # draw the far hand over the near arm (hand-on-hand scenes)
    far_shoulder_fwd: float = 0.0  # trunk turned: the far shoulder shows further forward

    def arm(self, sh: P, spec: Arm) -> tuple[P, P, P]:
        d, s = DIMS, self.s
        if isinstance(spec, ArmA):
            el = sh + down_dir(spec.shoulder) * (d.upper_arm * s)
            fdeg = spec.shoulder + spec.elbow
            wr = el + down_dir(fdeg) * (d.forearm * s)
            hdeg = fdeg + spec.wrist
        else:
            el, wr = two_bone(sh, spec.wrist, d.upper_arm * s, d.forearm * s, spec.hint)
            if spec.hand is None:
                return el, wr, wr + (wr - el).unit() * (d.hand * s)
            hdeg = spec.hand
        return el, wr, wr + down_dir(hdeg) * (d.hand * s)

    def leg(self, hip: P, spec: Leg) -> tuple[P, P, P, P]:
        d, s = DIMS, self.s
        if isinstance(spec, LegA):
            kn = hip + down_dir(spec.thigh) * (d.thigh * s)
            sdeg = spec.thigh - spec.knee
            an = kn + down_dir(sdeg) * (d.shank * s)
            fdeg = sdeg + 90 - spec.ankle
        else:
            kn, an = two_bone(hip, spec.ankle, d.thigh * s, d.shank * s, P(1, 0))
            fdeg = spec.foot
        heel, toe = foot_points(an, down_dir(fdeg), s)
        return kn, an, heel, toe

    def build(self) -> Built:
        d, s = DIMS, self.s
        j: dict[str, P] = {"hip": self.hip}
        up_p, up_c = up_dir(self.pelvis), up_dir(self.chest)
        fw_p, fw_c = P(-up_p.y, up_p.x), P(-up_c.y, up_c.x)
        waist = self.hip + up_p * (d.pelvis_len * s)

        def pel(f: float, u: float) -> P:
            return self.hip + fw_p * (f * s) + up_p * (u * s)

        def che(f: float, u: float) -> P:
            return waist + fw_c * (f * s) + up_c * (u * s)

        outline = (
            [pel(f, u) for f, u in _PELVIS_FRONT[:1]]
            + [lerp(pel(10.0, 4.0), che(10.0, -18.0), 0.5)]
            + [che(f, u) for f, u in _CHEST]
            + [lerp(che(-10.5, -2.0), pel(-12.5, 9.0), 0.5)]
            + [pel(f, u) for f, u in _PELVIS_BACK]
        )
        sh = che(1.0 - self.shoulder_back, 28.0 + self.shrug)
        nb = che(-1.0, 29.0)
        head = nb + up_dir(self.neck) * (d.neck_len * s)
        j.update(waist=waist, shoulder=sh, neck_base=nb, head=head)
        j["chest_front"] = che(13.0, 17.0)
        j["upper_back"] = che(-12.0, 18.0)
        j["low_back"] = che(-10.5, 3.0)
        j["belly"] = che(10.0, 4.0)
        j["buttock"] = pel(-13.0, -1.0)
        hr = d.head_r * s
        look = P(1, 0).rotate(self.head_pitch)
        j["eye"] = head + look * (hr * 0.62) + look.perp() * (-hr * 0.12)
        j["chin"] = head + look.rotate(55) * (hr + OUTLINE)
        j["nape"] = head + look.rotate(140) * (hr + OUTLINE)

        n_el, n_wr, n_tip = self.arm(sh, self.near_arm)
        f_sh = sh + fw_c * (self.far_shoulder_fwd * s)
        f_el, f_wr, f_tip = self.arm(f_sh, self.far_arm)
        j.update(n_elbow=n_el, n_wrist=n_wr, n_hand=n_tip)
        j.update(f_elbow=f_el, f_wrist=f_wr, f_hand=f_tip)
        n_kn, n_an, n_heel, n_toe = self.leg(self.hip, self.near_leg)
        f_kn, f_an, f_heel, f_toe = self.leg(self.hip, self.far_leg)
        j.update(n_knee=n_kn, n_ankle=n_an, n_heel=n_heel, n_toe=n_toe)
        j.update(f_knee=f_kn, f_ankle=f_an, f_heel=f_heel, f_toe=f_toe)

        def arm_tubes(
            shp: P, el: P, wr: P, tip: P, with_hand: bool = True, faint: bool = False
        ) -> list[Shape]:
            if faint:
                pts = [shp, el, wr, tip] if with_hand else [shp, el, wr]
                return [Tube(pts, d.w_fore * s, True)]
            out: list[Shape] = [
                Tube([shp, el], d.w_upper * s),
                Tube([el, wr], d.w_fore * s),
            ]
            if with_hand:
                out.append(Tube([wr, tip], d.w_hand * s))
            return out

        def leg_tubes(kn: P, an: P, heel: P, toe: P, faint: bool = False) -> list[Shape]:
            if faint:
                # one path, one width: lift the foot so its sole still meets the floor
                w = d.w_shank * s
                lift = P(0, -(w - d.w_foot * s) / 2)
                return [Tube([self.hip, kn, an], w, True, [[heel + lift, toe + lift]])]
            return [
                Tube([self.hip, kn], d.w_thigh * s),
                Tube([kn, an], d.w_shank * s),
                Tube([heel, toe], d.w_foot * s),
            ]

        nose_dir = look.rotate(18)
        nose0 = head + nose_dir * (hr + OUTLINE - 0.5)
        nose1 = nose0 + nose_dir * (3.5 * s)

        layers = [
            Layer("far_arm", arm_tubes(f_sh, f_el, f_wr, f_tip, not self.far_hand_front, True)),
            Layer("far_leg", leg_tubes(f_kn, f_an, f_heel, f_toe, True)),
            Layer(
                "body",
                [
                    Blob(outline),
                    Tube([nb + (head - nb) * 0.1, head], d.w_neck * s),
                    Disc(head, hr),
                    *leg_tubes(n_kn, n_an, n_heel, n_toe),
                ],
                [ink_line([nose0, nose1], 3.0)],
            ),
            Layer("near_arm", arm_tubes(sh, n_el, n_wr, n_tip)),
        ]
        if self.far_hand_front:
            layers.append(Layer("far_hand", [Tube([f_wr, f_tip], d.w_hand * s, True)]))
        return Built(layers, j, s)


# --- front / back view ---------------------------------------------------------------------


@dataclass(frozen=True)
class FArm:
    """Front-view arm. Either angles (outward from straight down; elbow adds to it) or a
    wrist target with an elbow hint direction. `fore_behind` draws forearm+hand behind the
    body (forearm pointing away from the viewer in a back view)."""

    out: float = 8.0
    elbow: float = 0.0
    wrist: P | None = None
    hint: P | None = None
    hand: float = 0.0  # extra bend of the hand (outward +)
    fore_len: float = 1.0  # projected forearm+hand length factor (foreshortening)
    upper_len: float = 1.0  # projected upper-arm length factor
    fore_behind: bool = False


_STAND_KNEE = P(1.0, 48.0)
_STAND_ANKLE = P(2.0, 94.0)


@dataclass(frozen=True)
class FLeg:
    """Front-view leg as projected knee and ankle offsets from the hip joint (x outward)."""

    knee: P = _STAND_KNEE
    ankle: P = _STAND_ANKLE


# Front torso outline (paper edge) as (x, up) in the pelvis frame (origin: between the hip
# joints) and in the chest frame (origin: waist), ordered around the outline.
_FRONT_PELVIS = [(-15.0, -8.0), (0.0, -10.0), (15.0, -8.0), (17.5, 2.0)]
_FRONT_CHEST = [
    (16.0, 1.0),
    (18.0, 14.0),
    (21.5, 26.5),
    (17.0, 32.5),
    (7.0, 34.5),
    (-7.0, 34.5),
    (-17.0, 32.5),
    (-21.5, 26.5),
    (-18.0, 14.0),
    (-16.0, 1.0),
]


@dataclass
class FrontFigure:
    hip: P  # midpoint between the hip joints (absolute)
    s: float = 1.0
    back: bool = False  # seen from behind
    side_bend: float = 0.0  # chest tilt about the waist; + towards the figure's LEFT
    pelvis_tilt: float = 0.0
    yaw: float = 0.0  # chest turn; + turns towards the figure's LEFT (shown by the chest line)
    neck_tilt: float = 0.0  # + towards the figure's left
    head_yaw: float = 0.0  # + turns towards the figure's left
    shrug: float = 0.0
    right_arm: FArm = FArm()
    left_arm: FArm = FArm()
    right_leg: FLeg = FLeg()
    left_leg: FLeg = FLeg()
    seated: bool = False  # knees towards the viewer: knee caps drawn in front of the lap
    blades: float | None = None  # back view: shoulder-blade gap from the spine (None: hide)
    chest_line: bool = False  # front view: a short centre-front line showing chest rotation

    def side(self, which: str) -> float:
        """Viewer x sign for the figure's 'right' or 'left'."""
        r = 1.0 if self.back else -1.0
        return r if which == "right" else -r

    def build(self) -> Built:
        d, s = DIMS, self.s
        j: dict[str, P] = {"hip": self.hip}
        left = self.side("left")
        # angles towards the figure's left become viewer-signed rotations
        up_p = up_dir(self.pelvis_tilt * 1.0, left)
        up_c = up_dir(self.side_bend, left)
        rt_p, rt_c = P(-up_p.y, up_p.x), P(-up_c.y, up_c.x)  # viewer-right axis
        waist = self.hip + up_p * (d.pelvis_len * s)
        cy = math.cos(math.radians(self.yaw))

        def pel(x: float, u: float) -> P:
            return self.hip + rt_p * (x * s) + up_p * (u * s)

        def che(x: float, u: float) -> P:
            return waist + rt_c * (x * s * cy) + up_c * (u * s)

        outline = [pel(x, u) for x, u in _FRONT_PELVIS] + [che(x, u) for x, u in _FRONT_CHEST]
        outline.append(pel(-17.5, 2.0))
        sh = {
            "right": che(20.5 * self.side("right"), 26.0 + self.shrug),
            "left": che(20.5 * self.side("left"), 26.0 + self.shrug),
        }
        nb = che(0.0, 30.0)
        head = nb + up_dir(self.neck_tilt, left) * (d.neck_len * s)
        j.update(waist=waist, neck_base=nb, head=head)
        j.update(r_shoulder=sh["right"], l_shoulder=sh["left"])
        j["chest"] = che(0.0, 16.0)
        sr = self.side("right")
        j["r_flank0"] = che(14.0 * sr, 3.0)
        j["r_flank1"] = che(16.5 * sr, 21.0)
        j["r_chest"] = che(11.0 * sr, 21.0)
        j["mid_back"] = che(0.0, 17.0)

        layers_before: list[Layer] = []
        layers_after: list[Layer] = []
        for which, spec in (("right", self.right_arm), ("left", self.left_arm)):
            sx = self.side(which)
            shp = sh[which]
            if spec.wrist is not None:
                el, wr = two_bone(
                    shp,
                    spec.wrist,
                    d.upper_arm * s * spec.upper_len,
                    d.forearm * s * spec.fore_len,
                    spec.hint or P(sx, 0),
                )
                fv = (wr - el).unit()
                tip = wr + fv.rotate(-spec.hand * sx) * (d.hand * s * spec.fore_len)
            else:
                el = shp + down_dir(spec.out, sx) * (d.upper_arm * s * spec.upper_len)
                fdeg = spec.out + spec.elbow
                wr = el + down_dir(fdeg, sx) * (d.forearm * s * spec.fore_len)
                tip = wr + down_dir(fdeg + spec.hand, sx) * (d.hand * s * spec.fore_len)
            k = which[0]
            j.update({f"{k}_elbow": el, f"{k}_wrist": wr, f"{k}_hand": tip})
            upper = Tube([shp, el], d.w_upper * s)
            fore: list[Shape] = [Tube([el, wr], d.w_fore * s), Tube([wr, tip], d.w_hand * s)]
            if spec.fore_behind:
                layers_before.append(Layer(f"{k}_fore", fore))
                layers_after.append(Layer(f"{k}_arm", [upper]))
            else:
                layers_after.append(Layer(f"{k}_arm", [upper, *fore]))

        legs: list[Shape] = []
        lap: list[Shape] = []
        for which, leg in (("right", self.right_leg), ("left", self.left_leg)):
            sx = self.side(which)
            hj = pel(9.0 * sx, 0.0)
            kn = hj + P(leg.knee.x * sx, leg.knee.y) * s
            an = hj + P(leg.ankle.x * sx, leg.ankle.y) * s
            f0 = an + P(0, 3.0) * s
            f1 = an + P(2.5 * sx, 4.5) * s
            k = which[0]
            j.update({f"{k}_hipj": hj, f"{k}_knee": kn, f"{k}_ankle": an})
            lower: list[Shape] = [
                Tube([kn, an], d.w_shank * s),
                Tube([f0, f1], (d.w_foot + 2) * s),
            ]
            if self.seated:
                legs.append(Tube([hj, kn], (d.w_thigh + 2) * s))
                lap += [Disc(kn, (d.w_thigh + 2) * s / 2), *lower]
            else:
                legs += [Tube([hj, kn], d.w_thigh * s), *lower]

        hr = d.head_r * s
        details: list[Draw] = []
        tilt_dir = up_dir(self.neck_tilt, left)
        face_rt = P(-tilt_dir.y, tilt_dir.x)
        yaw_off = math.sin(math.radians(self.head_yaw)) * hr * 0.85 * left
        if not self.back:
            n0 = head + face_rt * yaw_off + tilt_dir * (-0.5 * s)
            n1 = n0 + tilt_dir * (-5.0 * s)
            details.append(ink_line([n0, n1], 2.5))
        elif abs(self.head_yaw) > 30:
            # from behind, a turned head shows the nose tick at its edge
            e = head + face_rt * ((hr + OUTLINE - 0.5) * (1 if yaw_off > 0 else -1))
            details.append(ink_line([e, e + face_rt * (3.5 * s * (1 if yaw_off > 0 else -1))], 3.0))
        j["eyes"] = head + face_rt * yaw_off + tilt_dir * (0.5 * s)
        j["r_neck"] = lerp(nb, head, 0.35) + face_rt * (6.0 * s * self.side("right"))
        if self.chest_line and not self.back:
            off = -math.sin(math.radians(self.yaw)) * 14.0 * self.side("right")
            c0, c1 = che(off, 30.0), che(off * 0.9, 18.0)
            details.append(ink_line([c0, c1], 2.5))
        if self.back and self.blades is not None:
            g = self.blades
            for sx in (-1.0, 1.0):
                pts = [
                    che(sx * (g + 0.5), 27.0),
                    che(sx * g, 18.0),
                    che(sx * (g + 3.0), 12.5),
                    che(sx * (g + 8.5), 19.0),
                ]
                details.append(ink_line(pts, 2.5, smooth=True))
                j["blade_r" if sx * self.side("right") > 0 else "blade_l"] = che(sx * (g + 3), 19.0)
        body = Layer(
            "body", [*legs, Blob(outline), Tube([nb, head], d.w_neck * s), Disc(head, hr)], details
        )
        front = [Layer("lap", lap)] if lap else []
        return Built([*layers_before, body, *front, *layers_after], j, s)
