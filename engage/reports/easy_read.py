"""The first draft of a "you said, we did" pack, in easy-read words.

Short sentences with one idea each, everyday words, no numbers (so nothing needs disclosure
control), and no quotes. The coordinator edits it before anyone sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import escape

from engage.reports.scrutiny import LinkedChallenge
from engage.scrutineers.models import ActionStatus

MOST_THEMES = 6

# Plain names for the priorities, for young readers. Priorities are data, so an unknown slug
# falls back to its title.
PLAIN_PRIORITY = {
    "domestic-abuse": "abuse at home",
    "online-safety": "staying safe online",
    "exploitation": "young people being used for crime",
    "other": "other things you told us about",
}


@dataclass(frozen=True)
class DraftTheme:
    label: str
    priority_slug: str
    priority_title: str
    challenges: list[LinkedChallenge]


@dataclass(frozen=True)
class Draft:
    title: str
    you_said: str
    we_did_html: str
    next_steps: str


def _plain(label: str) -> str:
    return label[:1].lower() + label[1:] if label[:2] != label[:2].upper() else label


def _priority(theme: DraftTheme) -> str:
    return PLAIN_PRIORITY.get(theme.priority_slug, theme.priority_title.lower())


def draft(group_name: str, themes: list[DraftTheme]) -> Draft:
    chosen = themes[:MOST_THEMES]
    if not chosen:
        you_said = "We did not get any comments from your group at this time."
    else:
        you_said = "\n".join(f"You talked about {_plain(theme.label)}." for theme in chosen)
    items: list[str] = []
    for theme in chosen:
        actions = [action for challenge in theme.challenges for action in challenge.actions]
        if actions:
            for action in actions:
                if action.status == ActionStatus.DONE:
                    tail = "This is done."
                elif action.status == ActionStatus.STOPPED:
                    tail = "This has stopped."
                else:
                    tail = "We are still working on this."
                items.append(f"<li>{escape(action.description.rstrip('.'))}. {tail}</li>")
        elif theme.challenges:
            items.append(
                f"<li>A Young Scrutineer asked the group for {escape(_priority(theme))} "
                f"to act on {escape(_plain(theme.label))}. They have to answer.</li>"
            )
        else:
            items.append(
                f"<li>We told the group for {escape(_priority(theme))} what you said about "
                f"{escape(_plain(theme.label))}.</li>"
            )
    we_did = f"<ul>{''.join(items)}</ul>" if items else "<p>We will tell you what we did soon.</p>"
    next_steps = "\n".join(
        [
            "We will keep working on what you told us.",
            "We will come back to tell you what has changed.",
            "You can tell us what you think of this.",
        ]
    )
    return Draft(
        title=f"You said, we did: {group_name}",
        you_said=you_said,
        we_did_html=we_did,
        next_steps=next_steps,
    )
