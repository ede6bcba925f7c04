"""Every command the suite can send to a desktop, as one table.

A command is plain data: ``{"command": "accept", "contact": "c1"}``. The table below is the
single source for validation, for ``command.schema.json`` and for the contract docs, so an
implementation in any language sees the same vocabulary the reference does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from agentstatus.contract.errors import ContractError, shown
from agentstatus.contract.vocabulary import AgentState, Channel, DeliveryFailureCause

#: A contact id has at least one character that is not white space: ``""`` or ``"  "``
#: names no contact a person could tell apart. The same expression is the ``pattern`` of
#: such arguments in ``command.schema.json``, so the schema and ``parse_command`` agree.
NON_BLANK_PATTERN = r"\S"
_NON_BLANK = re.compile(NON_BLANK_PATTERN)


@dataclass(frozen=True)
class Arg:
    type: type
    required: bool = True
    choices: tuple[str, ...] = ()
    default: Any = None
    #: A string that must not be empty or white space only (a contact id).
    non_blank: bool = False


@dataclass(frozen=True)
class CommandSpec:
    summary: str
    args: Mapping[str, Arg] = field(default_factory=dict)


CONTACT = {"contact": Arg(str, non_blank=True)}
_SUCCEEDED = {"succeeded": Arg(bool, required=False, default=True)}

COMMANDS: Mapping[str, CommandSpec] = {
    "login": CommandSpec("The agent logs in; the desktop starts in the default idle reason."),
    "choose_state": CommandSpec(
        "The agent picks a status in the drop-down: Available, an idle reason, or (refused) RONA.",
        {
            "state": Arg(str, choices=tuple(s.value for s in AgentState)),
            "idle_reason": Arg(str, required=False),
        },
    ),
    "offer": CommandSpec(
        "The routing engine offers a contact request on a channel.",
        {"channel": Arg(str, choices=tuple(c.value for c in Channel)), **CONTACT},
    ),
    "accept": CommandSpec("The agent accepts a pending offer.", CONTACT),
    "delivery_failure": CommandSpec(
        "An offered call cannot reach the agent (network, phone or device problem).",
        {**CONTACT, "cause": Arg(str, choices=tuple(c.value for c in DeliveryFailureCause))},
    ),
    "supervisor_logout": CommandSpec("A supervisor logs the agent out."),
    "reload": CommandSpec("The agent reloads the desktop page."),
    "reopen_browser": CommandSpec(
        "The agent closes the browser (optionally clearing its cache) and opens the desktop again.",
        {"clear_cache": Arg(bool, required=False, default=False)},
    ),
    "hold": CommandSpec("Put a call on hold.", CONTACT),
    "resume": CommandSpec("Take a call (or a consulted agent) off hold.", CONTACT),
    "consult_request": CommandSpec("Start a consult call to another agent.", CONTACT),
    "consult_connected": CommandSpec("The consulted agent answers.", CONTACT),
    "consult_hold": CommandSpec("Put the consulted agent on hold.", CONTACT),
    "conference_request": CommandSpec(
        "Start a conference on a chat or social conversation.", CONTACT
    ),
    "conference": CommandSpec("The conference is established (three parties).", CONTACT),
    "end": CommandSpec("End the communication; the interaction goes to wrap-up.", CONTACT),
    "wrapup_done": CommandSpec("Finish wrap-up; the interaction leaves the task list.", CONTACT),
    "outdial_start": CommandSpec("The agent places an outdial call.", CONTACT),
    "rona_go_to_idle": CommandSpec("The RONA popover's Go to Idle option."),
    "rona_go_to_available": CommandSpec("The RONA popover's Go to Available option."),
    "focus_lost": CommandSpec("The desktop is no longer the active browser window or tab."),
    "focus_regained": CommandSpec("The desktop is the active browser window or tab again."),
    "monitor_start": CommandSpec("A supervisor starts monitoring the agent's call.", _SUCCEEDED),
    "monitor_pause": CommandSpec("The supervisor pauses monitoring."),
    "monitor_resume": CommandSpec("The supervisor resumes monitoring.", _SUCCEEDED),
    "monitor_fail": CommandSpec("Monitoring of the call breaks off."),
}


@dataclass(frozen=True)
class Command:
    """A validated command: a known name and exactly the arguments its spec allows."""

    name: str
    args: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.args[key]

    def to_dict(self) -> dict[str, Any]:
        return {"command": self.name, **self.args}


def parse_command(data: Any) -> Command:
    """Validate plain data against the table; raise ``ContractError`` saying what to fix.

    Whatever ``data`` is, the only exception is ``ContractError`` (``unknown_command`` or
    ``malformed_command``): what reaches an implementation is always a well-formed command.
    """
    if not isinstance(data, Mapping):
        raise ContractError(
            "malformed_command",
            f"a command is an object with a 'command' key, got {shown(data)}",
        )
    name = data.get("command")
    if not isinstance(name, str) or name not in COMMANDS:
        raise ContractError(
            "unknown_command",
            f"unknown command {shown(name)}; known commands are {sorted(COMMANDS)}",
        )
    spec = COMMANDS[name]
    # keys may be of any type (1, None): sort by their text, never compare them
    extra = sorted(shown(k) for k in data if k != "command" and k not in spec.args)
    if extra:
        more = f" and {len(extra) - 5} more" if len(extra) > 5 else ""
        raise ContractError(
            "malformed_command",
            f"{name} takes {sorted(spec.args) or 'no arguments'}, "
            f"not [{', '.join(extra[:5])}]{more}",
        )
    args: dict[str, Any] = {}
    for arg_name, arg in spec.args.items():
        if arg_name not in data:
            if arg.required:
                raise ContractError("malformed_command", f"{name} needs the argument {arg_name!r}")
            if arg.default is not None:
                args[arg_name] = arg.default
            continue
        value = data[arg_name]
        if not isinstance(value, arg.type):
            raise ContractError(
                "malformed_command",
                f"{name}.{arg_name} must be a {arg.type.__name__}, got {shown(value)}",
            )
        if arg.non_blank and isinstance(value, str) and not _NON_BLANK.search(value):
            raise ContractError(
                "malformed_command",
                f"{name}.{arg_name} must not be empty or only spaces, got {shown(value)}",
            )
        if arg.choices and value not in arg.choices:
            raise ContractError(
                "malformed_command",
                f"{name}.{arg_name} must be one of {list(arg.choices)}, got {shown(value)}",
            )
        args[arg_name] = value
    return Command(name, args)


def command_json_schema() -> dict[str, Any]:
    """The JSON Schema of a command, derived from the table (the committed file must match)."""
    variants = []
    for name, spec in COMMANDS.items():
        properties: dict[str, Any] = {"command": {"const": name}}
        for arg_name, arg in spec.args.items():
            json_type = {str: "string", bool: "boolean"}[arg.type]
            prop: dict[str, Any] = {"type": json_type}
            if arg.non_blank:
                prop.update(minLength=1, pattern=NON_BLANK_PATTERN)
            if arg.choices:
                prop["enum"] = list(arg.choices)
            properties[arg_name] = prop
        variants.append(
            {
                "title": name,
                "description": spec.summary,
                "type": "object",
                "properties": properties,
                "required": ["command", *[a for a, s in spec.args.items() if s.required]],
                "additionalProperties": False,
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://agentstatus.invalid/schemas/command.schema.json",
        "title": "agentstatus command",
        "oneOf": variants,
    }
