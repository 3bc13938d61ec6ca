"""Preload the engagement groups and priorities named in the partnership's programme.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GROUPS = [
    (
        "CAMHS Young People's Participation Group",
        "Young people who use child and adolescent mental health services.",
    ),
    (
        "Barts Health Youth Forum / Youth Empowerment Squad",
        "Young people who advise the acute hospital trust.",
    ),
    ("Children Living in Care Council", "Children and young people in the borough's care."),
    ("Youth Council", "Elected young people who represent the borough's young people."),
    ("Young Carers Forum", "Young people who look after someone at home."),
    ("Young Health Watch", "Young people who check and improve local health services."),
    ("Youth Service Providers Forum", "Organisations that run youth services in the borough."),
    (
        "Young People with SEND Forum",
        "Young people with special educational needs and disabilities.",
    ),
]

PRIORITIES = [
    (
        "domestic-abuse",
        "Domestic Abuse and the Impact on Children and Young People",
        "Abuse between adults at home, and what it does to the children who live with it. "
        "It also covers abuse and control in young people's own relationships.",
    ),
    (
        "online-safety",
        "Staying Safe Online",
        "Keeping safe on apps, games and social media: bullying, sharing pictures, "
        "people who are not who they say they are, and too much time online.",
    ),
    (
        "exploitation",
        "All Age Exploitation",
        "When people are used by others for money, crime or sex: county lines, gangs, "
        "grooming and money muling. It covers adults as well as children.",
    ),
]


def upgrade() -> None:
    now = datetime.now(UTC)
    groups = sa.table(
        "engagement_groups",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("description", sa.Text()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    priorities = sa.table(
        "priorities",
        sa.column("id", sa.Uuid()),
        sa.column("slug", sa.String()),
        sa.column("title", sa.String()),
        sa.column("description", sa.Text()),
        sa.column("position", sa.Integer()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        groups,
        [
            {
                "id": uuid.uuid4(),
                "name": name,
                "description": about,
                "created_at": now,
                "updated_at": now,
            }
            for name, about in GROUPS
        ],
    )
    op.bulk_insert(
        priorities,
        [
            {
                "id": uuid.uuid4(),
                "slug": slug,
                "title": title,
                "description": description,
                "position": position,
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
            for position, (slug, title, description) in enumerate(PRIORITIES, start=1)
        ],
    )


def downgrade() -> None:
    op.execute(
        sa.text("DELETE FROM engagement_groups WHERE name IN :names").bindparams(
            sa.bindparam("names", [name for name, _ in GROUPS], expanding=True)
        )
    )
    op.execute(
        sa.text("DELETE FROM priorities WHERE slug IN :slugs").bindparams(
            sa.bindparam("slugs", [slug for slug, _, _ in PRIORITIES], expanding=True)
        )
    )
