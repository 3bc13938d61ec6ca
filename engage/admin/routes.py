"""Coordinator admin pages: agencies, engagement groups, priorities, users and invites."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from engage.access import allow, current_person
from engage.admin import forms, services
from engage.admin.services import AdminError
from engage.auth import invites
from engage.database import get_or_404
from engage.forms import add_error
from engage.models import Agency, EngagementGroup, Invite, Priority, User
from engage.pagination import paginate
from engage.roles import Role

bp = Blueprint("admin", __name__)
coordinator_only = allow(Role.COORDINATOR)
Page = str | Response


_me = current_person


def _show_error(form: forms.FlaskForm, error: AdminError, fallback: str) -> None:
    field = getattr(form, error.field or fallback, None) or getattr(form, fallback)
    add_error(field, str(error))


@bp.get("/")
@coordinator_only
def index() -> str:
    return render_template(
        "admin/index.html",
        agency_count=len(services.agencies()),
        group_count=len(services.groups(include_archived=False)),
        priority_count=len(services.priorities(include_retired=False)),
        open_invites=paginate(services.invites_statement("open")).total,
    )


# Agencies ---------------------------------------------------------------------------------


@bp.get("/agencies")
@coordinator_only
def agencies() -> str:
    return render_template("admin/agencies.html", agencies=services.agencies())


@bp.route("/agencies/new", methods=["GET", "POST"])
@bp.route("/agencies/<agency_id>", methods=["GET", "POST"])
@coordinator_only
def edit_agency(agency_id: str | None = None) -> Page:
    agency = get_or_404(Agency, agency_id) if agency_id else None
    form = forms.AgencyForm(obj=agency)
    if form.validate_on_submit():
        try:
            saved = services.save_agency(_me(), agency, form.name.data, form.kind.data)
        except AdminError as error:
            _show_error(form, error, "name")
        else:
            flash(f"{saved.name} has been saved")
            return redirect(url_for("admin.agencies"))
    return render_template("admin/agency_form.html", form=form, agency=agency)


@bp.post("/agencies/<agency_id>/active")
@coordinator_only
def agency_active(agency_id: str) -> Response:
    agency = get_or_404(Agency, agency_id)
    services.set_agency_active(_me(), agency, request.form.get("active") == "yes")
    flash(f"{agency.name} has been {'restored' if agency.active else 'archived'}")
    return redirect(url_for("admin.agencies"))


# Engagement groups ------------------------------------------------------------------------


@bp.get("/groups")
@coordinator_only
def groups() -> str:
    return render_template("admin/groups.html", groups=services.groups())


@bp.route("/groups/new", methods=["GET", "POST"])
@bp.route("/groups/<group_id>", methods=["GET", "POST"])
@coordinator_only
def edit_group(group_id: str | None = None) -> Page:
    group = get_or_404(EngagementGroup, group_id) if group_id else None
    form = forms.GroupForm(obj=group)
    if form.validate_on_submit():
        try:
            saved = services.save_group(_me(), group, form.name.data, form.description.data or "")
        except AdminError as error:
            _show_error(form, error, "name")
        else:
            flash(f"{saved.name} has been saved")
            return redirect(url_for("admin.groups"))
    usages = services.group_usages(group) if group else {}
    return render_template(
        "admin/group_form.html", form=form, group=group, usages=usages, confirm=forms.ConfirmForm()
    )


@bp.post("/groups/<group_id>/archive")
@coordinator_only
def archive_group(group_id: str) -> Response:
    group = get_or_404(EngagementGroup, group_id)
    archive = request.form.get("archive") == "yes"
    services.set_group_archived(_me(), group, archive)
    flash(f"{group.name} has been {'archived' if archive else 'restored'}")
    return redirect(url_for("admin.groups"))


@bp.route("/groups/<group_id>/delete", methods=["GET", "POST"])
@coordinator_only
def delete_group(group_id: str) -> Page:
    group = get_or_404(EngagementGroup, group_id)
    form = forms.ConfirmForm()
    problem = None
    if form.validate_on_submit():
        name = group.name
        try:
            services.delete_group(_me(), group)
        except AdminError as error:
            problem = str(error)
        else:
            flash(f"{name} has been deleted")
            return redirect(url_for("admin.groups"))
    usages = services.group_usages(group)
    return render_template(
        "admin/group_delete.html", group=group, usages=usages, confirm=form, problem=problem
    )


# Priorities -------------------------------------------------------------------------------


@bp.get("/priorities")
@coordinator_only
def priorities() -> str:
    return render_template("admin/priorities.html", priorities=services.priorities())


def _person_choices(role: Role) -> list[tuple[str, str]]:
    return [("", "Nobody yet")] + [
        (str(user.id), user.display_name) for user in services.users_with_role(role)
    ]


@bp.route("/priorities/new", methods=["GET", "POST"])
@bp.route("/priorities/<priority_id>", methods=["GET", "POST"])
@coordinator_only
def edit_priority(priority_id: str | None = None) -> Page:
    priority = get_or_404(Priority, priority_id) if priority_id else None
    form_class = forms.PriorityForm if priority else forms.NewPriorityForm
    form = form_class(obj=priority)
    form.chair.choices = _person_choices(Role.CHAIR)
    form.young_scrutineer.choices = _person_choices(Role.YOUNG_SCRUTINEER)
    if request.method == "GET" and priority is not None:
        form.chair.data = str(priority.chair_id or "")
        form.young_scrutineer.data = str(priority.young_scrutineer_id or "")
    if form.validate_on_submit():
        try:
            saved = services.save_priority(
                _me(),
                priority,
                form.title.data,
                form.description.data,
                form.chair.data or "",
                form.young_scrutineer.data or "",
                slug=getattr(form, "slug", None) and form.slug.data,
            )
        except AdminError as error:
            _show_error(form, error, "title")
        else:
            flash(f"{saved.title} has been saved")
            return redirect(url_for("admin.priorities"))
    return render_template("admin/priority_form.html", form=form, priority=priority)


@bp.post("/priorities/<priority_id>/active")
@coordinator_only
def priority_active(priority_id: str) -> Response:
    priority = get_or_404(Priority, priority_id)
    services.set_priority_active(_me(), priority, request.form.get("active") == "yes")
    flash(f"{priority.title} has been {'restored' if priority.active else 'retired'}")
    return redirect(url_for("admin.priorities"))


# Users and invites ------------------------------------------------------------------------


def _attachment_choices(form: forms.UserAttachmentFields) -> None:
    form.agency.choices = [("", "No agency")] + [
        (str(agency.id), agency.name) for agency in services.agencies(include_inactive=False)
    ]
    form.priorities.choices = [
        (str(priority.id), priority.title)
        for priority in services.priorities(include_retired=False)
    ]
    form.groups.choices = [
        (str(group.id), group.name) for group in services.groups(include_archived=False)
    ]


@bp.get("/users")
@coordinator_only
def users() -> str:
    filters = services.UserFilter(
        role=request.args.get("role", ""), status=request.args.get("status", "active")
    )
    page = paginate(services.users_statement(filters))
    return render_template("admin/users.html", page=page, filters=filters)


@bp.route("/users/invite", methods=["GET", "POST"])
@coordinator_only
def invite_user() -> Page:
    form = forms.InviteForm()
    _attachment_choices(form)
    if form.validate_on_submit():
        try:
            attachments = services.check_attachments(
                form.role.data, form.agency.data or "", form.priorities.data, form.groups.data
            )
            issued = invites.create_invite(
                _me(),
                form.email.data,
                form.display_name.data,
                attachments.role,
                attachments.agency,
                attachments.priorities,
                attachments.groups,
            )
        except AdminError as error:
            _show_error(form, error, "role")
        except invites.InviteError as error:
            add_error(form.email, str(error))
        else:
            return render_template("admin/invite_created.html", issued=issued)
    return render_template("admin/invite_form.html", form=form)


@bp.get("/invites")
@coordinator_only
def invite_list() -> str:
    status = request.args.get("status", "open")
    page = paginate(services.invites_statement(status))
    return render_template(
        "admin/invites.html", page=page, status=status, confirm=forms.ConfirmForm()
    )


@bp.post("/invites/<invite_id>/withdraw")
@coordinator_only
def withdraw_invite(invite_id: str) -> Response:
    invite = get_or_404(Invite, invite_id)
    try:
        invites.withdraw_invite(_me(), invite)
    except invites.InviteError as error:
        flash(str(error), "error")
    else:
        flash(f"The invite for {invite.email} has been withdrawn")
    return redirect(url_for("admin.invite_list"))


@bp.route("/users/<user_id>", methods=["GET", "POST"])
@coordinator_only
def edit_user(user_id: str) -> Page:
    user = get_or_404(User, user_id)
    form = forms.EditUserForm(obj=user)
    _attachment_choices(form)
    if request.method == "GET":
        form.agency.data = str(user.agency_id or "")
        form.priorities.data = [str(priority.id) for priority in user.priorities]
        form.groups.data = [str(group.id) for group in user.groups]
    if form.validate_on_submit():
        try:
            attachments = services.check_attachments(
                form.role.data, form.agency.data or "", form.priorities.data, form.groups.data
            )
            services.update_user(_me(), user, form.display_name.data, attachments)
        except AdminError as error:
            _show_error(form, error, "role")
        else:
            flash(f"Changes to {user.display_name} have been saved")
            return redirect(url_for("admin.edit_user", user_id=user.id))
    return render_template(
        "admin/user_form.html", form=form, user=user, confirm=forms.ConfirmForm()
    )


@bp.post("/users/<user_id>/<action>")
@coordinator_only
def user_action(user_id: str, action: str) -> Response:
    user = get_or_404(User, user_id)
    actions = {
        "deactivate": (services.deactivate_user, "has been deactivated and signed out"),
        "reactivate": (services.reactivate_user, "can sign in again"),
        "unlock": (services.unlock_user, "has been unlocked"),
        "reset-two-factor": (
            services.reset_two_factor,
            "will set up security codes again at their next sign-in",
        ),
    }
    if action not in actions:
        return redirect(url_for("admin.edit_user", user_id=user.id))
    change, outcome = actions[action]
    try:
        change(_me(), user)
    except AdminError as error:
        flash(str(error), "error")
    else:
        flash(f"{user.display_name} {outcome}")
    return redirect(url_for("admin.edit_user", user_id=user.id))
