"""A Streamlit client without a browser: it speaks the frontend's websocket protocol (BackMsg.rerun_script
out, ForwardMsg in) and reports each script run's elements, widgets, exceptions and latency; used by tests
and the capacity benchmark.

    run = asyncio.run(protocol.visit("http://127.0.0.1:8501", "estimator", "years=8"))
    run.metrics, run.exceptions, run.errors, run.latency

    async with protocol.Session(url, "estimator", "lang=en") as s:
        first = await s.open()               # the page's first run
        moved = await s.rerun(years=9)       # every widget's state resent, one changed, as a browser does
        await s.send(years=10); await s.send(years=11)   # a second press before the first run is drawn
        last = await s.next_run()
        s.widget("years").value, s.query_string

    runs = asyncio.run(protocol.burst(url, 50, "estimator", within=1.0))   # 50 sessions opening in one second
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from google.protobuf.message import DecodeError
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect

from salary.ui.state import control_of

STREAM = "/_stcore/stream"
SUBPROTOCOL = "streamlit"  # then the XSRF token and a session id to resume, both left out here
CUT_SHORT = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN")
ERROR = 1  # Alert.Format.ERROR: st.error


class ProtocolError(Exception):
    """The server broke the conversation: closed it, sent something unreadable, or did not finish a run in time."""


@dataclass
class Widget:
    """A widget as the frontend holds it: its id, its element type and the state it sends with every rerun."""

    id: str
    kind: str  # the Element field: "slider", "selectbox", ..., or "expander"
    state: WidgetState | None  # None for buttons: a click is sent once, with the rerun it starts
    options: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The user key the script gave it ("$$ID-<hash>-years" -> "years"); the id itself without one."""
        return self.id.split("-", 2)[2] if self.id.startswith("$$ID-") and self.id.count("-") >= 2 else self.id

    @property
    def value(self) -> object:
        """The state as Python: a slider's number (or list of numbers for a range), a choice's label, a
        segmented control's label, a text, a bool; None when empty."""
        if self.state is None or self.state.WhichOneof("value") is None:
            return None
        name = self.state.WhichOneof("value")
        got = getattr(self.state, name)
        if name == "double_array_value":
            data = [int(v) if v == int(v) else v for v in got.data]
            return data[0] if len(data) == 1 else data
        if name == "string_array_value":
            return got.data[0] if len(got.data) == 1 else list(got.data)
        return got


def _state(widget_id: str, kind: str, value: object) -> WidgetState:
    """The WidgetState the frontend sends for this kind of widget holding `value` (None: empty)."""
    state = WidgetState(id=widget_id)
    if value is None:
        return state
    if kind == "slider":
        state.double_array_value.data.extend(value if isinstance(value, list | tuple) else [value])
    elif kind == "button_group":
        state.string_array_value.data.extend(value if isinstance(value, list | tuple) else [value])
    elif kind in ("checkbox", "expander"):
        state.bool_value = bool(value)
    elif kind == "number_input_int":
        state.int_value = int(value)
    elif kind == "number_input":
        state.double_value = float(value)
    elif kind in ("button", "download_button"):
        state.trigger_value = bool(value)
    else:  # selectbox, radio, text_input, text_area: the shown label or the text
        state.string_value = str(value)
    return state


def _widget(kind: str, el, known: Widget | None) -> Widget | None:
    """The widget an element describes; the value the session holds is kept unless the script set one."""
    if kind in ("button", "download_button"):
        return Widget(el.id, kind, None)
    if kind == "slider":
        value, options = list(el.value if el.set_value else el.default), tuple(el.options)
    elif kind == "number_input":
        source = "value" if el.set_value else "default"
        value = getattr(el, source) if el.HasField(source) else None
        kind, options = ("number_input_int" if el.data_type == 0 else "number_input"), ()
    elif kind in ("selectbox", "radio"):
        options = tuple(el.options)
        if el.set_value:
            value = el.raw_value if el.HasField("raw_value") else None
        else:
            value = options[el.default] if el.HasField("default") and 0 <= el.default < len(options) else None
    elif kind == "button_group":
        options = tuple(o.content for o in el.options)
        value = list(el.raw_values) if el.set_value else [options[i] for i in el.default if i < len(options)]
    elif kind in ("text_input", "text_area"):
        source = "value" if el.set_value else "default"
        value, options = (getattr(el, source) if el.HasField(source) else None), ()
    elif kind == "checkbox":
        value, options = (el.value if el.set_value else el.default), ()
    else:
        return None
    if known is not None and known.kind == kind and not el.set_value:
        return Widget(el.id, kind, known.state, options)
    return Widget(el.id, kind, _state(el.id, kind, value), options)


@dataclass
class Run:
    """One script run as the session saw it: every element by its place on the page, and how long it took."""

    latency: float  # seconds from sending the rerun (or opening the connection) to script_finished
    elements: dict[tuple[int, ...], tuple[str, object]]  # delta path -> (element type, element proto)
    query_string: str
    page_not_found: bool = False

    def of(self, kind: str) -> list:
        """The element protos of one type ("metric", "alert", "slider", ...) in page order."""
        return [el for _, (k, el) in sorted(self.elements.items()) if k == kind]

    @property
    def metrics(self) -> list[str]:
        """The value of every st.metric, in page order."""
        return [m.body for m in self.of("metric")]

    @property
    def exceptions(self) -> list[str]:
        """Every exception box ("ValueError: ..."; with showErrorDetails none, Streamlit's own short text)."""
        return [f"{e.type}: {e.message}".strip(": ") for e in self.of("exception")]

    @property
    def errors(self) -> list[str]:
        """Every st.error's text."""
        return [a.body for a in self.of("alert") if a.format == ERROR]

    @property
    def texts(self) -> list[str]:
        """The text of markdown, headings, alerts and captions, in page order."""
        return [el.body for _, (k, el) in sorted(self.elements.items())
                if k in ("markdown", "heading", "alert", "text", "metric") and el.body]


@dataclass
class Session:
    """One browser tab's conversation with a Streamlit server: open() a page, then rerun() with widget changes."""

    base_url: str  # "http://127.0.0.1:8501"
    page: str = ""  # the page's URL path: "" for the main page, "estimator", ...
    query: str = ""  # the link's query string without "?"
    timeout: float = 60.0
    headers: dict[str, str] = field(default_factory=dict)  # e.g. a Cookie header that picks a replica
    widgets: dict[str, Widget] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)
    query_string: str = ""
    page_script_hash: str = ""
    session_id: str = ""

    def __post_init__(self) -> None:
        self.query_string = self.query
        self._ws = None
        self._cache: dict[str, ForwardMsg] = {}

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    @property
    def url(self) -> str:
        parts = urlsplit(self.base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}{STREAM}"

    async def open(self) -> Run:
        """Connect and run the page as a browser opening the link does; the latency counts the connection too."""
        start = time.perf_counter()
        try:
            self._ws = await asyncio.wait_for(
                connect(self.url, subprotocols=[SUBPROTOCOL], additional_headers=self.headers, max_size=None,
                        open_timeout=self.timeout, ping_interval=None), self.timeout)
        except (TimeoutError, OSError) as exc:
            raise ProtocolError(f"cannot connect to {self.url}: {exc!r}") from None
        return await self._send_rerun(start)

    async def rerun(self, changes: dict[str, object] | None = None, **by_key: object) -> Run:
        """Resend every widget's state with these changed (by user key or widget id), as the frontend does after
        a widget moves; a button's key with True clicks it. Returns the run it starts."""
        start = time.perf_counter()
        await self.send(changes, **by_key)
        return await self.next_run(start)

    async def send(self, changes: dict[str, object] | None = None, **by_key: object) -> None:
        """rerun() without waiting for its run: a second change can follow before the page has drawn the first,
        every other widget sent with the state this client last saw, as a browser does."""
        clicks = []
        for name, value in {**(changes or {}), **by_key}.items():
            w = self.widget(name)
            if w.state is None:
                clicks.append(_state(w.id, w.kind, value))
            else:
                w.state = _state(w.id, w.kind, value)
        await self._send(clicks)

    async def next_run(self, start: float | None = None) -> Run:
        """The next run the server finishes (a run cut short by a newer one does not count)."""
        try:
            return await asyncio.wait_for(self._read_run(time.perf_counter() if start is None else start),
                                          self.timeout)
        except TimeoutError:
            raise ProtocolError(f"no finished run within {self.timeout:g} s") from None
        except OSError as exc:
            raise ProtocolError(f"connection lost: {exc!r}") from None

    def widget(self, name: str) -> Widget:
        """A widget of the last run by its user key, its control (the key less the count of moves the
        estimator's state made of it) or id; KeyError names the ones there are."""
        for w in self.widgets.values():
            if name in (w.id, w.key, control_of(w.key)):
                return w
        raise KeyError(f"no widget {name!r} on the page (there are: {', '.join(w.key for w in self.widgets.values())})")

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
            self._ws = None

    async def _send_rerun(self, start: float) -> Run:
        await self._send()
        return await self.next_run(start)

    async def _send(self, extra: list[WidgetState] = ()) -> None:
        if self._ws is None:
            raise ProtocolError("the session is not open")
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query_string
        if self.page_script_hash:
            state.page_script_hash = self.page_script_hash
        else:
            state.page_name = self.page
        state.widget_states.widgets.extend([w.state for w in self.widgets.values() if w.state is not None])
        state.widget_states.widgets.extend(extra)
        state.cached_message_hashes.extend(self._cache)
        state.context_info.timezone = "Europe/Berlin"
        state.context_info.locale = "de-DE"
        try:
            await self._ws.send(msg.SerializeToString())
        except OSError as exc:
            raise ProtocolError(f"connection lost: {exc!r}") from None

    async def _read_run(self, start: float) -> Run:
        """ForwardMsgs until this run's script_finished, the page's elements and widgets as the frontend
        keeps them (a run cut short by a newer one starts the count again)."""
        from websockets.exceptions import ConnectionClosed

        elements: dict[tuple[int, ...], tuple[str, object]] = {}
        seen: dict[str, Widget] = {}
        not_found = False
        while True:
            try:
                raw = await self._ws.recv()
            except ConnectionClosed as exc:
                raise ProtocolError(f"the server closed the connection ({exc})") from None
            msg = ForwardMsg()
            try:
                msg.ParseFromString(raw)
            except (DecodeError, TypeError):
                raise ProtocolError("the server sent a message that is not a ForwardMsg") from None
            if msg.WhichOneof("type") == "ref_hash":
                if msg.ref_hash not in self._cache:
                    raise ProtocolError(f"the server referred to a message this session never got ({msg.ref_hash})")
                cached = self._cache[msg.ref_hash]
                cached.metadata.CopyFrom(msg.metadata)
                msg = cached
            elif msg.metadata.cacheable and msg.hash:
                self._cache[msg.hash] = msg
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                if msg.new_session.HasField("initialize"):
                    self.session_id = msg.new_session.initialize.session_id
                elements, seen = {}, {}
            elif kind == "navigation":  # the page this run shows (new_session names the main script)
                self.page_script_hash = msg.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = msg.page_info_changed.query_string
            elif kind == "page_not_found":
                not_found = True
            elif kind == "delta":
                self._delta(msg, elements, seen)
            elif kind == "script_finished":
                if msg.script_finished == CUT_SHORT:
                    continue  # a newer run follows (a compile error ends the run, shown as an exception element)
                self.widgets = seen  # the frontend forgets the widgets a finished run did not draw
                run = Run(time.perf_counter() - start, elements, self.query_string, not_found)
                self.runs.append(run)
                return run

    def _delta(self, msg: ForwardMsg, elements: dict, seen: dict) -> None:
        path = tuple(msg.metadata.delta_path)
        delta = msg.delta
        which = delta.WhichOneof("type")
        if which not in ("new_element", "add_block"):
            return
        for other in [p for p in elements if p[:len(path)] == path and p != path]:
            del elements[other]  # what stood in a container replaced by this
        if which == "add_block":
            block = delta.add_block
            elements[path] = ("block", block)
            if block.WhichOneof("type") == "expandable" and block.expandable.id:
                wid = block.expandable.id
                known = self.widgets.get(wid)
                seen[wid] = known if known is not None else Widget(
                    wid, "expander", _state(wid, "expander", block.expandable.expanded))
            return
        el_kind = delta.new_element.WhichOneof("type")
        el = getattr(delta.new_element, el_kind)
        elements[path] = (el_kind, el)
        widget_id = getattr(el, "id", "")
        if widget_id:
            w = _widget(el_kind, el, self.widgets.get(widget_id))
            if w is not None:
                seen[widget_id] = w


def run(coroutine):
    """asyncio.run(coroutine), also from a thread whose event loop is already running
    (Playwright's sync API keeps one in the tests' thread): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def visit(base_url: str, page: str = "", query: str = "", timeout: float = 60.0) -> Run:
    """Open one page in a new session and close it: the first run."""
    async with Session(base_url, page, query, timeout) as session:
        return await session.open()


async def burst(base_url: str, n: int, page: str = "", query: str | list[str] = "", *, within: float = 1.0,
                timeout: float = 120.0, seed: int = 0) -> list[Run | Exception]:
    """n new sessions opening `page`, their starts spread at random over `within` seconds (all at once with 0);
    each one's first run, or the exception that ended it. `query` may give one query string per session."""
    rng = random.Random(seed)
    delays = sorted(rng.uniform(0, within) for _ in range(n))
    queries = query if isinstance(query, list) else [query] * n

    async def one(delay: float, q: str) -> Run:
        await asyncio.sleep(delay)
        return await visit(base_url, page, q, timeout)

    return list(await asyncio.gather(*(one(d, q) for d, q in zip(delays, queries)), return_exceptions=True))


async def sessions(base_url: str, n: int, page: str = "", query: str | list[str] = "",
                   timeout: float = 120.0) -> list[Session]:
    """n sessions opened at once and left open (close them with close_all)."""
    queries = query if isinstance(query, list) else [query] * n
    opened = [Session(base_url, page, q, timeout) for q in queries]
    await asyncio.gather(*(s.open() for s in opened))
    return opened


async def close_all(opened: list[Session]) -> None:
    await asyncio.gather(*(s.close() for s in opened), return_exceptions=True)
