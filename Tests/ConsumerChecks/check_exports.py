#!/usr/bin/env python3
"""Consumer checks for kgraph exports: do real tools load graph.graphml, graph.gexf,
graph.dot, graph.jsonld, nodes.csv + edges.csv and graph.cypher with every node, edge,
label and number intact?

The GraphML file, parsed with ElementTree, is the reference; every consumer is compared
against it (and, with --expect, the reference against the graph the exports were made
from, after kgraph's documented portable-text rule):

  GraphML  xmllint (schema), NetworkX read_graphml, igraph Read_GraphML, graphml2gv | gc
  GEXF     xmllint (GEXF 1.3 RELAX NG), NetworkX read_gexf (colours, sizes, weights)
  DOT      nop (parse gate), gc (counts), dot -Tjson0 (names, labels, edge attrs), sfdp -Tsvg
  JSON-LD  PyLD expand/to_rdf (no remote documents), rdflib + SPARQL (+ the README's query)
  CSV      Neo4j import headers (:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed
           properties), rows parsed back with the csv module
  Cypher   the UNWIND row literals parsed back (strings, lists, integers, floats, null)

Usage:
  python check_exports.py --exports DIR --schemas /work/shared/schemas \
      [--neighbour "He Yi" Binance] [--readme README.md] [--expect DIR/expected.json] \
      [--only graphml,gexf,dot,jsonld,csv,cypher]

Prints one `ok: ...` or `FAIL: ...` line per check, then exactly `N passed, M failed`;
exits 1 if anything failed. A missing tool or Python package is a FAIL, never a skip.
Standard library + networkx, igraph, rdflib, PyLD (see requirements.txt).
"""
import argparse
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
NODE_KEYS = {"label": "string", "type": "string", "aliases": "string", "mentions": "int",
             "documentCount": "int", "eventType": "string", "date": "string", "sameAs": "string"}
# Written only when the build computed them (kgraph build does; the hostile graph has none).
OPTIONAL_NODE_KEYS = {"community": "int"}
EDGE_KEYS = {"weight": "double", "count": "int", "documents": "int", "npmi": "double",
             "evidence": "string"}
TYPES = ("person", "organization", "token", "event", "product", "place")
ID_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
INT_RE = re.compile(r"^[+-]?[0-9]+$")
SCHEMA_NS_DEFAULT = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FORMATS = ("graphml", "gexf", "dot", "jsonld", "csv", "cypher")
# Neo4j labels of the entity types (nodes.csv :LABEL, graph.cypher SET n:Label).
NEO4J_LABELS = {"person": "Person", "organization": "Organization", "token": "CryptoToken",
                "event": "Event", "product": "Product", "place": "Place"}
ARRAY_DELIMITER = "\x1f"  # nodes.csv string[] separator (neo4j-admin --array-delimiter=U+001F)
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class CheckFailed(Exception):
    pass


def require(cond, msg):
    if not cond:
        raise CheckFailed(msg)


def first(items, limit=5):
    """Shorten a list of problems for a one-line FAIL message."""
    items = list(items)
    more = f" (+{len(items) - limit} more)" if len(items) > limit else ""
    return "; ".join(str(x) for x in items[:limit]) + more


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, fn, *args):
        """Run fn(*args); it returns a detail string (ok) or raises (FAIL)."""
        try:
            detail = fn(*args)
        except CheckFailed as e:
            self.fail(name, str(e))
        except Exception as e:  # a crashing consumer is a failure too
            self.fail(name, f"{type(e).__name__}: {e}")
        else:
            self.passed += 1
            print(f"ok: {name}" + (f": {detail}" if detail else ""), flush=True)

    def fail(self, name, detail):
        self.failed += 1
        detail = re.sub(r"\s*\n\s*", " ", str(detail).strip())  # one line, inner spaces kept
        print(f"FAIL: {name}: {detail}", flush=True)


# ----------------------------------------------------------------------------- helpers

def portable(text):
    """kgraph's portable-text rule (README, "The exports"): CR LF and lone CR become LF;
    C0 controls other than TAB and LF, U+FFFE and U+FFFF are removed; nothing else changes."""
    return XML_FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def same_float(got, want):
    """Numbers as numbers: a float equal to the reference, bit for bit."""
    return type(got) is float and math.isfinite(got) and want is not None and got == want


def block_network():
    """JSON-LD must be self-contained: any socket use in this process is an error."""
    def refuse(*_a, **_k):
        raise OSError("network access attempted (check_exports.py forbids it)")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def data_warnings(caught):
    """Warnings about the file; API deprecation notices (rdflib warns about its own
    internal ConjunctiveGraph use) and unclosed-file notices are not about the data."""
    skip = (DeprecationWarning, PendingDeprecationWarning, ResourceWarning)
    return [str(x.message) for x in caught if not issubclass(x.category, skip)]


def tool(name, hint):
    path = shutil.which(name)
    require(path, f"tool not found: {name} ({hint})")
    return path


def run(cmd, timeout, stdin=None):
    try:
        return subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"timed out after {timeout}s: {' '.join(cmd)}")


def tail(b, n=300):
    s = b.decode("utf-8", "replace").strip() if isinstance(b, bytes) else str(b).strip()
    return s[-n:]


def need_file(path):
    require(os.path.isfile(path), f"missing file {path}")
    return path


def gc_counts(out):
    """`gc -n -e` prints `  nodes  edges name (file)` per graph."""
    lines = [l for l in out.decode("utf-8", "replace").splitlines() if l.strip()]
    require(len(lines) == 1, f"expected one graph from gc, got: {lines!r}")
    n, m = lines[0].split()[:2]
    return int(n), int(m)


def undo_escstring(s):
    r"""Inverse of kgraph's DOT label escaping (\ -> \\, " -> \", LF -> \n, CR dropped).

    Graphviz' lexer has already turned \" into ", so json0 shows \\ and \n. Any other
    backslash (\N, \l, a lone \ ...) means the writer did not escape it: Graphviz would
    expand it, so that is an error, not a match."""
    out, i = [], 0
    while i < len(s):
        if s[i] != "\\":
            out.append(s[i])
            i += 1
            continue
        pair = s[i:i + 2]
        if pair not in ("\\\\", "\\n", '\\"'):
            raise ValueError(f"unescaped backslash sequence {pair!r} at offset {i}")
        out.append({"\\\\": "\\", "\\n": "\n", '\\"': '"'}[pair])
        i += 2
    return "".join(out)


# ----------------------------------------------------------------------------- reference

def read_reference(path):
    """Parse graph.graphml with ElementTree; return (ref, problems)."""
    root = ET.parse(path).getroot()
    require(root.tag == GRAPHML_NS + "graphml",
            f"root element is {root.tag}, expected {GRAPHML_NS}graphml")
    problems = []
    keys = {}
    for k in root.findall(GRAPHML_NS + "key"):
        kid, dom = k.get("id"), k.get("for")
        keys[kid] = (dom, k.get("attr.type"))
        if k.get("attr.name") != kid:
            problems.append(f"key {kid!r}: attr.name {k.get('attr.name')!r} != id")
    for dom, want in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, typ in want.items():
            if keys.get(name) != (dom, typ):
                problems.append(f"{dom} key {name!r}: want {typ}, got {keys.get(name)}")
    for name, typ in OPTIONAL_NODE_KEYS.items():
        if name in keys and keys[name] != ("node", typ):
            problems.append(f"node key {name!r}: want {typ}, got {keys.get(name)}")
    node_keys = sorted(k for k, (d, _) in keys.items() if d == "node")
    edge_keys = sorted(k for k, (d, _) in keys.items() if d == "edge")
    graphs = root.findall(GRAPHML_NS + "graph")
    require(len(graphs) == 1, f"expected one <graph>, found {len(graphs)}")
    graph = graphs[0]
    if graph.get("edgedefault") != "undirected":
        problems.append(f"edgedefault={graph.get('edgedefault')!r}")

    def data_of(el, wanted, what):
        d = {}
        for x in el.findall(GRAPHML_NS + "data"):
            k = x.get("key")
            if k in d:
                problems.append(f"{what}: two <data key={k!r}>")
            d[k] = x.text or ""
        missing = set(wanted) - set(d)
        extra = set(d) - set(wanted)
        if missing or extra:
            problems.append(f"{what}: missing keys {sorted(missing)}, undeclared {sorted(extra)}")
        return d

    nodes = {}
    for el in graph.findall(GRAPHML_NS + "node"):
        nid = el.get("id")
        if nid in nodes:
            problems.append(f"duplicate node id {nid!r}")
        if not nid or not ID_RE.match(nid):
            problems.append(f"node id {nid!r} not [A-Za-z0-9_.-]+")
        d = data_of(el, node_keys, f"node {nid}")
        nodes[nid] = d
        if d.get("type") not in TYPES:
            problems.append(f"node {nid}: type {d.get('type')!r}")
        if d.get("type") != "event" and d.get("eventType"):
            problems.append(f"node {nid}: eventType on a {d.get('type')}")
        if not INT_RE.match(d.get("mentions", "")):
            problems.append(f"node {nid}: mentions {d.get('mentions')!r} not int")
        try:
            al = json.loads(d.get("aliases", ""))
            if not (isinstance(al, list) and all(isinstance(a, str) for a in al)):
                problems.append(f"node {nid}: aliases not a JSON list of strings")
        except ValueError:
            problems.append(f"node {nid}: aliases not JSON: {d.get('aliases')!r}")
        try:
            sa = json.loads(d.get("sameAs", ""))
            if not (isinstance(sa, list) and all(isinstance(a, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", a)
                                                 for a in sa)):
                problems.append(f"node {nid}: sameAs not a JSON list of IRIs")
        except ValueError:
            problems.append(f"node {nid}: sameAs not JSON: {d.get('sameAs')!r}")

    edges = {}
    for el in graph.findall(GRAPHML_NS + "edge"):
        a, b = el.get("source"), el.get("target")
        what = f"edge {a}--{b}"
        if not (a in nodes and b in nodes):
            problems.append(f"{what}: unknown endpoint")
        if not (a < b):
            problems.append(f"{what}: source must be < target")
        pair = (min(a, b), max(a, b))
        if pair in edges:
            problems.append(f"{what}: duplicate pair")
        d = data_of(el, edge_keys, what)
        edges[pair] = d
        for k in ("count", "documents"):
            if not INT_RE.match(d.get(k, "")):
                problems.append(f"{what}: {k} {d.get(k)!r} not int")
        for k in ("weight", "npmi"):
            try:
                if not math.isfinite(float(d.get(k, ""))):
                    problems.append(f"{what}: {k} not finite")
            except ValueError:
                problems.append(f"{what}: {k} {d.get(k)!r} not a number")
        try:
            ev = json.loads(d.get("evidence", ""))
            ok = isinstance(ev, list) and all(
                isinstance(e, dict) and isinstance(e.get("document"), str)
                and type(e.get("start")) is int and type(e.get("end")) is int for e in ev)
            if not ok:
                problems.append(f"{what}: evidence not a list of {{document,start,end}}")
        except ValueError:
            problems.append(f"{what}: evidence not JSON")
    return {"nodes": nodes, "edges": edges}, problems


def ref_float(d, k):
    try:
        return float(d[k])
    except (KeyError, ValueError):
        return None


def ref_int(d, k):
    try:
        return int(d[k])
    except (KeyError, ValueError):
        return None


# ----------------------------------------------------------------------------- GraphML

def check_graphml(rep, ref, path, schemas, timeout):
    def xmllint():
        exe = tool("xmllint", "apt-get install libxml2-utils")
        xsd = need_file(os.path.join(schemas, "graphml.xsd"))
        p = run([exe, "--noout", "--nonet", "--schema", xsd, path], timeout)
        require(p.returncode == 0, f"exit {p.returncode}: {tail(p.stderr)}")
        return "valid against graphml.xsd"

    def networkx():
        import networkx as nx
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            G = nx.read_graphml(path)
        require(not data_warnings(w), f"warnings: {first(data_warnings(w))}")
        require(type(G) is nx.Graph, f"got {type(G).__name__}, expected Graph (directed or parallel edges?)")
        require(set(G.nodes) == set(ref["nodes"]),
                f"node ids differ: {first(set(G.nodes) ^ set(ref['nodes']))}")
        bad = []
        for nid, d in G.nodes(data=True):
            r = ref["nodes"][nid]
            if d.get("label") != r.get("label"):
                bad.append(f"{nid} label {d.get('label')!r} != {r.get('label')!r}")
            if d.get("type") != r.get("type"):
                bad.append(f"{nid} type {d.get('type')!r}")
            for k in ("mentions", "documentCount"):
                if type(d.get(k)) is not int or d[k] != ref_int(r, k):
                    bad.append(f"{nid} {k} {d.get(k)!r}")
            for k in ("aliases", "sameAs", "eventType", "date"):
                if d.get(k, "") != r.get(k):  # networkx leaves out empty <data>
                    bad.append(f"{nid} {k} {d.get(k)!r} != {r.get(k)!r}")
        pairs = {tuple(sorted(e)) for e in G.edges}
        require(pairs == set(ref["edges"]), f"edge pairs differ: {first(pairs ^ set(ref['edges']))}")
        for a, b, d in G.edges(data=True):
            r, what = ref["edges"][tuple(sorted((a, b)))], f"{a}--{b}"
            for k in ("count", "documents"):
                if type(d.get(k)) is not int or d[k] != ref_int(r, k):
                    bad.append(f"{what} {k} {d.get(k)!r}")
            for k in ("weight", "npmi"):
                v = d.get(k)
                if type(v) is not float or not math.isfinite(v) or v != ref_float(r, k):
                    bad.append(f"{what} {k} {v!r}")
            if not isinstance(json.loads(d.get("evidence", "null")), list):
                bad.append(f"{what} evidence not a list")
        require(not bad, first(bad))
        return f"Graph, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, labels/types/numbers equal"

    def igraph():
        import igraph as ig
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            g = ig.Graph.Read_GraphML(path)
        require(not data_warnings(w), f"warnings: {first(data_warnings(w))}")
        require(not g.is_directed(), "graph is directed")
        require((g.vcount(), g.ecount()) == (len(ref["nodes"]), len(ref["edges"])),
                f"{g.vcount()} nodes/{g.ecount()} edges, expected {len(ref['nodes'])}/{len(ref['edges'])}")
        ids = g.vs["id"]
        require(set(ids) == set(ref["nodes"]), f"vertex ids differ: {first(set(ids) ^ set(ref['nodes']))}")
        bad = [f"{v['id']} label {v['label']!r}" for v in g.vs
               if v["label"] != ref["nodes"][v["id"]]["label"]]
        # Edge *ids* are not compared (python-igraph 1.0.0 regression); topology and weight are.
        pairs = {}
        for e in g.es:
            pairs[tuple(sorted((ids[e.source], ids[e.target])))] = e["weight"]
        require(set(pairs) == set(ref["edges"]), f"edge pairs differ: {first(set(pairs) ^ set(ref['edges']))}")
        bad += [f"{a}--{b} weight {w!r}" for (a, b), w in pairs.items()
                if w != ref_float(ref["edges"][(a, b)], "weight")]
        require(not bad, first(bad))
        return f"undirected, {g.vcount()} nodes, {g.ecount()} edges, labels and weights equal"

    def graphml2gv():
        exe = tool("graphml2gv", "apt-get install graphviz")
        gc = tool("gc", "apt-get install graphviz")
        p = run([exe, path], timeout)
        require(p.returncode == 0, f"graphml2gv exit {p.returncode}: {tail(p.stderr)}")
        q = run([gc, "-n", "-e"], timeout, stdin=p.stdout)
        require(q.returncode == 0, f"gc exit {q.returncode}: {tail(q.stderr)}")
        n, m = gc_counts(q.stdout)
        require((n, m) == (len(ref["nodes"]), len(ref["edges"])),
                f"gc counts {n} nodes/{m} edges, expected {len(ref['nodes'])}/{len(ref['edges'])}")
        return f"{n} nodes, {m} edges"

    rep.check("GraphML xmllint schema", xmllint)
    rep.check("GraphML networkx.read_graphml", networkx)
    rep.check("GraphML igraph.Read_GraphML", igraph)
    rep.check("GraphML graphml2gv | gc -n -e", graphml2gv)


# ----------------------------------------------------------------------------- DOT

def check_dot(rep, ref, path, timeout, json0_max):
    n_ref, m_ref = len(ref["nodes"]), len(ref["edges"])

    def nop():
        exe = tool("nop", "apt-get install graphviz")
        p = run([exe, need_file(path)], timeout)
        require(p.returncode == 0 and not p.stderr.strip(),
                f"exit {p.returncode}: {tail(p.stderr)}")
        return "parses without errors or warnings"

    def gc():
        exe = tool("gc", "apt-get install graphviz")
        p = run([exe, "-n", "-e", need_file(path)], timeout)
        require(p.returncode == 0 and not p.stderr.strip(), f"exit {p.returncode}: {tail(p.stderr)}")
        n, m = gc_counts(p.stdout)
        require((n, m) == (n_ref, m_ref), f"{n} nodes/{m} edges, expected {n_ref}/{m_ref}")
        return f"{n} nodes, {m} edges"

    def json0():
        exe = tool("dot", "apt-get install graphviz")
        # -K is only the default engine: a `layout` attribute in the file wins.
        p = run([exe, "-Kneato", "-Tjson0", need_file(path)], timeout)
        require(p.returncode == 0, f"exit {p.returncode}: {tail(p.stderr)}")
        j = json.loads(p.stdout.decode("utf-8"))
        require(not j.get("directed") and j.get("strict"), "expected `strict graph` (undirected)")
        objs = j.get("objects", [])[j.get("_subgraph_cnt", 0):]
        byname = {o["name"]: o for o in objs}
        require(len(byname) == len(objs), "duplicate node names")
        require(set(byname) == set(ref["nodes"]),
                f"node names differ: {first(set(byname) ^ set(ref['nodes']))}")
        bad = []
        cut = 0
        for nid, o in byname.items():
            want = ref["nodes"][nid]["label"]
            try:
                got = undo_escstring(o.get("label", ""))
                full = undo_escstring(o["fulllabel"]) if "fulllabel" in o else None
            except ValueError as e:
                got, full = f"<{e}>", None
            if full is not None:
                # A long label is drawn cut (a prefix and an ellipsis); the whole text is in fulllabel.
                cut += 1
                if full != want:
                    bad.append(f"{nid} fulllabel differs from the label ({len(full)} vs {len(want)} chars)")
                if not (got.endswith("…") and want.startswith(got[:-1]) and len(got.encode()) <= 1000):
                    bad.append(f"{nid} drawn label is not a prefix of the label cut to 1000 bytes")
            elif got != want:
                bad.append(f"{nid} label {got!r} != {want!r} (raw {o.get('label')!r})")
            if o.get("type") != ref["nodes"][nid]["type"]:
                bad.append(f"{nid} type {o.get('type')!r}")
        gvid = {o["_gvid"]: o["name"] for o in j.get("objects", [])}
        edges = j.get("edges", [])
        require(len(edges) == m_ref, f"{len(edges)} edges, expected {m_ref}")
        seen = set()
        for e in edges:
            pair = tuple(sorted((gvid[e["tail"]], gvid[e["head"]])))
            seen.add(pair)
            r = ref["edges"].get(pair)
            if r is None:
                continue
            if e.get("count") != r["count"]:
                bad.append(f"{pair[0]}--{pair[1]} count {e.get('count')!r} != {r['count']!r}")
            npmi = e.get("npmi")
            try:  # DOT may round npmi for display: equal at the printed precision
                decimals = len(npmi.split(".")[1]) if "." in npmi else 0
                ok = abs(float(npmi) - float(r["npmi"])) <= 0.5 * 10 ** -decimals + 1e-12
            except (AttributeError, ValueError):
                ok = False
            if not ok:
                bad.append(f"{pair[0]}--{pair[1]} npmi {npmi!r} != {r['npmi']!r}")
        require(seen == set(ref["edges"]), f"edge pairs differ: {first(seen ^ set(ref['edges']))}")
        require(not bad, first(bad))
        return (f"{len(byname)} names, {len(edges)} edges; labels ({cut} long ones via fulllabel), "
                f"types, count, npmi equal")

    def sfdp():
        exe = tool("sfdp", "apt-get install graphviz")
        p = run([exe, "-Tsvg", need_file(path)], timeout)
        require(p.returncode == 0, f"exit {p.returncode}: {tail(p.stderr)}")
        svg = ET.fromstring(p.stdout)
        ns = "{http://www.w3.org/2000/svg}"
        titles = {"node": [], "edge": []}
        for g in svg.iter(ns + "g"):
            if g.get("class") in titles:
                titles[g.get("class")].append(g.findtext(ns + "title"))
        require(len(titles["node"]) == n_ref, f'{len(titles["node"])} class="node", expected {n_ref}')
        require(set(titles["node"]) == set(ref["nodes"]),
                f"SVG node titles differ: {first(set(titles['node']) ^ set(ref['nodes']))}")
        require(len(titles["edge"]) == m_ref, f'{len(titles["edge"])} class="edge", expected {m_ref}')
        return f'{n_ref} class="node", {m_ref} class="edge", {len(p.stdout)} bytes of SVG'

    rep.check("DOT nop parse gate", nop)
    rep.check("DOT gc -n -e", gc)
    if n_ref <= json0_max:
        rep.check("DOT dot -Tjson0", json0)
    else:
        print(f"note: DOT dot -Tjson0 not run: {n_ref} nodes > --json0-max-nodes {json0_max} "
              f"(names/labels not compared; counts checked by gc)", flush=True)
    rep.check("DOT sfdp -Tsvg", sfdp)


# ----------------------------------------------------------------------------- JSON-LD

def context_prefix(doc, name):
    ctxs = doc.get("@context")
    for c in ctxs if isinstance(ctxs, list) else [ctxs]:
        if isinstance(c, dict) and name in c:
            v = c[name]
            return v if isinstance(v, str) else v.get("@id")
    return None


def readme_query(readme):
    """The first ```sparql block of the README: the query users copy."""
    with open(need_file(readme), encoding="utf-8") as f:
        m = re.search(r"```sparql\n(.*?)```", f.read(), re.S)
    require(m, f"no ```sparql block in {readme}")
    return m.group(1)


def check_jsonld(rep, ref, path, neighbour, timeout, readme=None):
    state = {}

    def load():
        with open(need_file(path), encoding="utf-8") as f:
            doc = json.load(f)
        require(isinstance(doc, dict) and isinstance(doc.get("@graph"), list),
                "expected one object with an @graph array")
        state["doc"] = doc  # PyLD/rdflib still run below, so a remote context fails there too
        kg = context_prefix(doc, "kg")
        if kg and kg.startswith(("http://", "https://")):
            state["kg"] = kg
            state["schema"] = context_prefix(doc, "schema") or SCHEMA_NS_DEFAULT
            state["base"] = kg.rsplit("/", 1)[0] + "/"  # https://kgraph.example/vocab# -> https://kgraph.example/
        ctxs = doc.get("@context")
        for c in ctxs if isinstance(ctxs, list) else [ctxs]:
            require(isinstance(c, dict), f"@context must be inline, found {c!r}")
        require("kg" in state, f"no absolute `kg` prefix in @context: {kg!r}")
        return f"inline @context, kg={kg}, base={state['base']}, {len(doc['@graph'])} @graph items"

    def pyld():
        require("doc" in state, "JSON-LD file not loaded")
        from pyld import jsonld

        def offline(url, options=None):
            raise RuntimeError(f"remote document requested: {url}")
        jsonld.set_document_loader(offline)
        opts = {"documentLoader": offline}
        expanded = jsonld.expand(state["doc"], opts)
        nq = jsonld.to_rdf(state["doc"], dict(opts, format="application/n-quads"))
        # N-Quads lines end with LF only: str.splitlines() would also cut at U+2028 or NEL in a label.
        quads = {q for q in nq.split("\n") if q.strip()}
        blank = [q for q in quads if q.startswith("_:")]
        require(not blank, f"{len(blank)} blank-node subjects, e.g. {blank[:1]}")
        state["pyld_quads"] = len(quads)
        return f"expand: {len(expanded)} nodes; to_rdf: {len(quads)} quads, no blank-node subjects"

    def rdflib_check():
        require("kg" in state, "JSON-LD file not loaded or no `kg` prefix")
        import rdflib
        from rdflib import Literal, URIRef
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            g = rdflib.Graph().parse(path, format="json-ld")
        require(not data_warnings(w), f"warnings: {first(data_warnings(w))}")
        state["graph"] = g
        kg, sch, base = state["kg"], state["schema"], state["base"]
        K = lambda t: URIRef(kg + t)  # noqa: E731
        S = lambda t: URIRef(sch + t)  # noqa: E731
        classes = {S("Person"): "person", S("Organization"): "organization", S("Event"): "event",
                   S("Place"): "place", S("Product"): "product", K("CryptoToken"): "token"}
        props = {}  # subject -> predicate -> [objects], one pass over the graph
        for s, p, o in g:
            props.setdefault(s, {}).setdefault(p, []).append(o)
        bad = []
        blank = [s for s in props if not isinstance(s, URIRef)]
        require(not blank, f"{len(blank)} blank-node subjects")
        if "pyld_quads" in state and state["pyld_quads"] != len(g):
            bad.append(f"rdflib has {len(g)} triples, PyLD {state['pyld_quads']} quads")
        rtype = URIRef(RDF_TYPE)

        def one(s, p, what):
            vals = props[s].get(p, [])
            if len(vals) != 1:
                bad.append(f"{s}: {len(vals)} values for {what}")
                return None
            return vals[0]

        def num(s, p, dtype, want, what):
            v = one(s, p, what)
            if v is None:
                return
            if not isinstance(v, Literal) or v.datatype != URIRef(XSD + dtype):
                bad.append(f"{s}: {what} {v!r} is not xsd:{dtype}")
            elif v.toPython() != want:
                bad.append(f"{s}: {what} {v.toPython()!r} != GraphML {want!r}")

        # entities
        ents = {s: classes[t] for s, d in props.items() for t in d.get(rtype, []) if t in classes}
        require(len(ents) == len(ref["nodes"]),
                f"{len(ents)} entity subjects, GraphML has {len(ref['nodes'])} nodes")
        want_iri = {URIRef(base + "entity/" + nid): nid for nid in ref["nodes"]}
        require(set(ents) == set(want_iri), f"entity IRIs differ: {first(set(ents) ^ set(want_iri))}")
        nbrs = {nid: set() for nid in ref["nodes"]}
        for a, b in ref["edges"]:
            nbrs[a].add(b)
            nbrs[b].add(a)
        for s, typ in ents.items():
            nid, r = want_iri[s], ref["nodes"][want_iri[s]]
            if typ != r["type"] or len(props[s][rtype]) != 1:
                bad.append(f"{nid}: @type {[str(t) for t in props[s][rtype]]} for GraphML type {r['type']}")
            name = one(s, S("name"), "schema:name")
            if name is not None and str(name) != r["label"]:
                bad.append(f"{nid}: schema:name {str(name)!r} != label {r['label']!r}")
            aliases = {str(x) for x in props[s].get(S("alternateName"), [])}
            if aliases != set(json.loads(r["aliases"])):
                bad.append(f"{nid}: alternateName {sorted(aliases)} != aliases {r['aliases']}")
            et = one(s, K("entityType"), "kg:entityType")
            if et is not None and str(et) != r["type"]:
                bad.append(f"{nid}: kg:entityType {str(et)!r} != {r['type']!r}")
            num(s, K("mentions"), "integer", ref_int(r, "mentions"), "kg:mentions")
            num(s, K("documentCount"), "integer", ref_int(r, "documentCount"), "kg:documentCount")
            same = props[s].get(S("sameAs"), [])
            if any(not isinstance(x, URIRef) for x in same) or {str(x) for x in same} != set(json.loads(r["sameAs"])):
                bad.append(f"{nid}: schema:sameAs {sorted(map(str, same))} != sameAs {r['sameAs']}")
            co = {want_iri.get(x, str(x)) for x in props[s].get(K("coOccursWith"), [])}
            if co != nbrs[nid]:
                bad.append(f"{nid}: kg:coOccursWith {sorted(co)} != GraphML neighbours {sorted(nbrs[nid])}")
        # co-occurrence nodes
        coocs = [s for s, d in props.items() if K("CoOccurrence") in d.get(rtype, [])]
        require(len(coocs) == len(ref["edges"]),
                f"{len(coocs)} kg:CoOccurrence, GraphML has {len(ref['edges'])} edges")
        seen = set()
        for c in coocs:
            src, tgt = one(c, K("source"), "kg:source"), one(c, K("target"), "kg:target")
            if src not in want_iri or tgt not in want_iri:
                bad.append(f"{c}: source/target {src}/{tgt} are not entities")
                continue
            pair = tuple(sorted((want_iri[src], want_iri[tgt])))
            seen.add(pair)
            r = ref["edges"].get(pair)
            if r is None:
                bad.append(f"{c}: {pair} is not a GraphML edge")
                continue
            if str(c) != f"{base}cooccurrence/{pair[0]}--{pair[1]}":
                bad.append(f"{c}: @id != {base}cooccurrence/{pair[0]}--{pair[1]}")
            num(c, K("weight"), "double", ref_float(r, "weight"), "kg:weight")
            num(c, K("npmi"), "double", ref_float(r, "npmi"), "kg:npmi")
            num(c, K("count"), "integer", ref_int(r, "count"), "kg:count")
            num(c, K("documents"), "integer", ref_int(r, "documents"), "kg:documents")
        if seen != set(ref["edges"]):
            bad.append(f"co-occurrence pairs differ from GraphML: {first(seen ^ set(ref['edges']))}")
        require(not bad, first(bad))
        return (f"{len(g)} triples; {len(ents)} entities (type, name, aliases, mentions, coOccursWith), "
                f"{len(coocs)} kg:CoOccurrence (weight/npmi xsd:double, count/documents xsd:integer) equal GraphML")

    def sparql():
        require("graph" in state, "rdflib graph not available")
        from rdflib import Literal
        a, b = neighbour
        # Neighbours through the kg:CoOccurrence nodes, either direction. A property-path
        # alternative instead of UNION: rdflib evaluates a UNION unbound (minutes on 10k edges).
        q = f"""PREFIX kg: <{state['kg']}>
PREFIX schema: <{state['schema']}>
SELECT DISTINCT ?name WHERE {{
  ?x schema:name ?want .
  ?c a kg:CoOccurrence ; kg:source|kg:target ?x, ?y .
  FILTER(?y != ?x)
  ?y schema:name ?name .
}}"""
        names = sorted(str(r.name) for r in state["graph"].query(q, initBindings={"want": Literal(a)}))
        require(b in names, f"{b!r} not among neighbours of {a!r}: {names}")
        return f"neighbours of {a!r}: {names}"

    def readme_sparql():
        require("graph" in state, "rdflib graph not available")
        query = readme_query(readme)
        names = re.findall(r'schema:name "([^"]+)"', query)
        require(names, "the README query names no entity")
        ids = [nid for nid, r in ref["nodes"].items() if r["label"] == names[0]]
        require(len(ids) == 1, f"{names[0]!r} is not one GraphML node")
        want = {}
        for (a, b), r in ref["edges"].items():
            if ids[0] in (a, b):
                want[ref["nodes"][b if a == ids[0] else a]["label"]] = ref_float(r, "weight")
        rows = [(str(row[0]), row[1].toPython()) for row in state["graph"].query(query)]
        require(dict(rows) == want and len(rows) == len(want),
                f"README query gives {rows[:5]}..., GraphML neighbours {sorted(want.items())[:5]}...")
        require(all(type(w) is float for _, w in rows), "weights are not xsd:double numbers")
        require([w for _, w in rows] == sorted((w for _, w in rows), reverse=True), "rows not ordered by weight")
        return f"{len(rows)} neighbours of {names[0]!r} with weights, heaviest {rows[0] if rows else None}"

    rep.check("JSON-LD load (inline context)", load)
    rep.check("JSON-LD PyLD expand/to_rdf offline", pyld)
    rep.check("JSON-LD rdflib parse vs GraphML", rdflib_check)
    if neighbour:
        rep.check(f"JSON-LD SPARQL neighbours of {neighbour[0]!r} include {neighbour[1]!r}", sparql)
    else:
        print("note: JSON-LD SPARQL neighbour check not run (graph has no edges)", flush=True)
    if readme:
        rep.check(f"JSON-LD the README's SPARQL query ({os.path.basename(readme)})", readme_sparql)


# ----------------------------------------------------------------------------- expectation

def check_expectation(rep, ref, path):
    """The GraphML reference against the graph the exports were made from (expected.json,
    written by the Swift test that exports the hostile graph): every node, edge, label and
    number, texts after the portable-text rule."""
    def expect():
        with open(need_file(path), encoding="utf-8") as f:
            want = json.load(f)
        bad = []
        nodes = {n["id"]: n for n in want["nodes"]}
        require(set(nodes) == set(ref["nodes"]), f"node ids differ: {first(set(nodes) ^ set(ref['nodes']))}")
        for nid, n in nodes.items():
            r = ref["nodes"][nid]
            label = portable(n["label"])
            if r["label"] != label:
                bad.append(f"{nid} label {r['label']!r} != {label!r}")
            aliases = sorted({portable(a) for a in n["aliases"]} - {label, ""})
            if sorted(json.loads(r["aliases"])) != aliases:
                bad.append(f"{nid} aliases {r['aliases']} != {aliases}")
            for k in ("type", "eventType", "date"):
                if r[k] != portable(n[k]):
                    bad.append(f"{nid} {k} {r[k]!r} != {n[k]!r}")
            if ref_int(r, "mentions") != n["mentions"] or ref_int(r, "documentCount") != n["documents"]:
                bad.append(f"{nid} mentions/documentCount {r['mentions']}/{r['documentCount']} != {n['mentions']}/{n['documents']}")
            if json.loads(r["sameAs"]) != n["sameAs"]:
                bad.append(f"{nid} sameAs {r['sameAs']} != {n['sameAs']}")
        edges = {(e["source"], e["target"]): e for e in want["edges"]}
        require(set(edges) == set(ref["edges"]), f"edge pairs differ: {first(set(edges) ^ set(ref['edges']))}")
        for pair, e in edges.items():
            r = ref["edges"][pair]
            for k in ("weight", "npmi"):
                if ref_float(r, k) != float(e[k]):
                    bad.append(f"{pair} {k} {r[k]!r} != {e[k]!r}")
            for k in ("count", "documents"):
                if ref_int(r, k) != e[k]:
                    bad.append(f"{pair} {k} {r[k]!r} != {e[k]!r}")
        require(not bad, first(bad))
        longest = max((len(n["label"].encode()) for n in want["nodes"]), default=0)
        return (f"{len(nodes)} nodes, {len(edges)} edges equal the source graph "
                f"(longest label {longest} bytes, most aliases {max((len(n['aliases']) for n in want['nodes']), default=0)})")

    rep.check("expected graph == GraphML reference", expect)


# ----------------------------------------------------------------------------- GEXF

def check_gexf(rep, ref, path, schemas, timeout):
    def xmllint():
        exe = tool("xmllint", "apt-get install libxml2-utils")
        rng = need_file(os.path.join(schemas, "gexf-1.3", "gexf.rng"))
        p = run([exe, "--noout", "--nonet", "--relaxng", rng, need_file(path)], timeout)
        require(p.returncode == 0, f"exit {p.returncode}: {tail(p.stderr)}")
        return "valid against the GEXF 1.3 RELAX NG grammar"

    def networkx():
        import networkx as nx
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            G = nx.read_gexf(need_file(path))
        require(not data_warnings(w), f"warnings: {first(data_warnings(w))}")
        require(type(G) is nx.Graph, f"got {type(G).__name__}, expected Graph")
        require(set(G.nodes) == set(ref["nodes"]), f"node ids differ: {first(set(G.nodes) ^ set(ref['nodes']))}")
        bad, colours, sizes = [], {}, []
        for nid, d in G.nodes(data=True):
            r = ref["nodes"][nid]
            if d.get("label") != r["label"]:
                bad.append(f"{nid} label {d.get('label')!r} != {r['label']!r}")
            for k in ("type", "aliases", "eventType", "date", "sameAs"):
                if d.get(k) != r[k]:
                    bad.append(f"{nid} {k} {d.get(k)!r} != {r[k]!r}")
            for k in ("mentions", "documentCount"):
                if type(d.get(k)) is not int or d[k] != ref_int(r, k):
                    bad.append(f"{nid} {k} {d.get(k)!r}")
            viz = d.get("viz", {})
            c = viz.get("color", {})
            if not all(type(c.get(x)) is int and 0 <= c[x] <= 255 for x in "rgb"):
                bad.append(f"{nid} viz:color {c!r}")
            colours.setdefault(r["type"], set()).add((c.get("r"), c.get("g"), c.get("b")))
            size = viz.get("size")
            if type(size) is not float or size <= 0:
                bad.append(f"{nid} viz:size {size!r}")
            sizes.append((ref_int(r, "mentions"), size))
        # Colour by type: one colour per type, a different one for each type.
        if any(len(v) != 1 for v in colours.values()) or len({next(iter(v)) for v in colours.values()}) != len(colours):
            bad.append(f"colours are not one per type: {colours}")
        # Size by mentions: more mentions never draws smaller.
        ordered = sorted(sizes, key=lambda x: (x[0], x[1] or 0))
        if any(a[1] > b[1] for a, b in zip(ordered, ordered[1:]) if a[1] and b[1] and a[0] < b[0]):
            bad.append("viz:size does not grow with mentions")
        pairs = {tuple(sorted(e)) for e in G.edges}
        require(pairs == set(ref["edges"]), f"edge pairs differ: {first(pairs ^ set(ref['edges']))}")
        for a, b, d in G.edges(data=True):
            r, what = ref["edges"][tuple(sorted((a, b)))], f"{a}--{b}"
            for k in ("weight", "npmi"):
                if not same_float(d.get(k), ref_float(r, k)):
                    bad.append(f"{what} {k} {d.get(k)!r} != {r[k]!r}")
            for k in ("count", "documents"):
                if type(d.get(k)) is not int or d[k] != ref_int(r, k):
                    bad.append(f"{what} {k} {d.get(k)!r}")
            if d.get("evidence") != r["evidence"]:
                bad.append(f"{what} evidence differs")
        require(not bad, first(bad))
        return (f"Graph, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; labels, attributes, "
                f"{len(colours)} type colours, sizes by mentions, weights equal")

    rep.check("GEXF xmllint --relaxng gexf.rng", xmllint)
    rep.check("GEXF networkx.read_gexf", networkx)


# ----------------------------------------------------------------------------- Neo4j CSV

HEADER_RE = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?P<field>ID|START_ID|END_ID|LABEL|TYPE|IGNORE)"
                       r"(?:\((?P<space>[A-Za-z_][A-Za-z0-9_]*)\))?|:(?P<type>int|long|float|double|boolean|byte|short|"
                       r"char|string|point|date|localtime|time|localdatetime|datetime|duration)(?P<array>\[\])?)?$")


def parse_header(columns, what):
    """Neo4j import header entries: name:type, :ID(space), :LABEL, :START_ID(space), ..."""
    parsed = []
    for col in columns:
        m = HEADER_RE.match(col)
        require(m and (m["name"] or m["field"]), f"{what}: {col!r} is not a Neo4j import header entry")
        require(not (m["field"] in ("LABEL", "TYPE", "START_ID", "END_ID") and m["name"]),
                f"{what}: {col!r}: {m['field']} takes no property name")
        parsed.append(m)
    return parsed


def read_csv(path):
    import csv
    with open(need_file(path), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    require(rows, f"{path} is empty")
    return rows[0], rows[1:]


def check_csv(rep, ref, folder):
    def nodes():
        header, rows = read_csv(os.path.join(folder, "nodes.csv"))
        cols = parse_header(header, "nodes.csv")
        fields = [m["field"] for m in cols]
        require(fields.count("ID") == 1 and fields.count("LABEL") == 1, f"nodes.csv needs one :ID and one :LABEL: {header}")
        want = {"name": ("string", False), "type": ("string", False), "aliases": ("string", True),
                "mentions": ("int", False), "documentCount": ("int", False), "eventType": ("string", False),
                "date": ("string", False), "sameAs": ("string", True)}
        typed = {m["name"]: (m["type"], bool(m["array"])) for m in cols if m["name"] and not m["field"]}
        require(typed == want, f"nodes.csv properties {typed} != {want}")
        require(len(rows) == len(ref["nodes"]), f"{len(rows)} rows, GraphML has {len(ref['nodes'])} nodes")
        at = {c: i for i, c in enumerate(header)}
        idcol = fields.index("ID")
        bad, seen = [], set()
        for row in rows:
            require(len(row) == len(header), f"row of {len(row)} fields: {row[:2]}")
            nid = row[idcol]
            seen.add(nid)
            r = ref["nodes"].get(nid)
            if r is None:
                bad.append(f"unknown id {nid!r}")
                continue
            get = lambda c: row[at[c]]  # noqa: E731
            if get("name:string") != r["label"]:
                bad.append(f"{nid} name {get('name:string')!r} != {r['label']!r}")
            if get(":LABEL") != NEO4J_LABELS[r["type"]] or get("type:string") != r["type"]:
                bad.append(f"{nid} :LABEL/type {get(':LABEL')!r}/{get('type:string')!r} for {r['type']}")
            for col, key in (("aliases:string[]", "aliases"), ("sameAs:string[]", "sameAs")):
                got = get(col).split(ARRAY_DELIMITER) if get(col) else []
                if got != json.loads(r[key]):
                    bad.append(f"{nid} {key} {got!r} != {r[key]}")
            for col, key in (("mentions:int", "mentions"), ("documentCount:int", "documentCount")):
                if not INT_RE.match(get(col)) or int(get(col)) != ref_int(r, key):
                    bad.append(f"{nid} {col} {get(col)!r}")
            for col, key in (("eventType:string", "eventType"), ("date:string", "date")):
                if get(col) != r[key]:
                    bad.append(f"{nid} {col} {get(col)!r} != {r[key]!r}")
        require(seen == set(ref["nodes"]), f"ids differ: {first(seen ^ set(ref['nodes']))}")
        require(not bad, first(bad))
        return f"header {','.join(header[:3])},…; {len(rows)} nodes; names, labels, arrays, ints equal"

    def edges():
        header, rows = read_csv(os.path.join(folder, "edges.csv"))
        cols = parse_header(header, "edges.csv")
        fields = [m["field"] for m in cols]
        require([f for f in fields if f] == ["START_ID", "END_ID", "TYPE"], f"edges.csv needs :START_ID, :END_ID, :TYPE: {header}")
        spaces = {m["space"] for m in cols if m["field"] in ("START_ID", "END_ID")}
        require(spaces == {"Entity"}, f"edges.csv id spaces {spaces}, nodes use Entity")
        typed = {m["name"]: m["type"] for m in cols if m["name"] and not m["field"]}
        want = {"weight": "double", "count": "int", "documents": "int", "npmi": "double", "evidence": "string"}
        require(typed == want, f"edges.csv properties {typed} != {want}")
        require(len(rows) == len(ref["edges"]), f"{len(rows)} rows, GraphML has {len(ref['edges'])} edges")
        at = {c: i for i, c in enumerate(header)}
        bad, seen = [], set()
        for row in rows:
            require(len(row) == len(header), f"row of {len(row)} fields: {row[:2]}")
            a, b = row[fields.index("START_ID")], row[fields.index("END_ID")]
            pair = tuple(sorted((a, b)))
            seen.add(pair)
            r = ref["edges"].get(pair)
            if r is None:
                bad.append(f"{a}--{b} is not a GraphML edge")
                continue
            if row[fields.index("TYPE")] != "CO_OCCURS_WITH":
                bad.append(f"{a}--{b} :TYPE {row[fields.index('TYPE')]!r}")
            for col, key in (("weight:double", "weight"), ("npmi:double", "npmi")):
                if float(row[at[col]]) != ref_float(r, key):
                    bad.append(f"{a}--{b} {col} {row[at[col]]!r} != {r[key]!r}")
            for col, key in (("count:int", "count"), ("documents:int", "documents")):
                if not INT_RE.match(row[at[col]]) or int(row[at[col]]) != ref_int(r, key):
                    bad.append(f"{a}--{b} {col} {row[at[col]]!r}")
            if row[at["evidence:string"]] != r["evidence"]:
                bad.append(f"{a}--{b} evidence differs")
        require(seen == set(ref["edges"]), f"pairs differ: {first(seen ^ set(ref['edges']))}")
        require(not bad, first(bad))
        return f"{len(rows)} CO_OCCURS_WITH rows; ids, doubles, ints equal"

    rep.check("CSV nodes.csv (Neo4j import header, csv module)", nodes)
    rep.check("CSV edges.csv (Neo4j import header, csv module)", edges)


# ----------------------------------------------------------------------------- Cypher

class CypherLiteral:
    """Reads the Cypher literals kgraph writes: strings ('…' or "…" with Cypher's
    escapes), integers, floats, null/true/false, lists and maps with identifier keys."""
    ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
    NUMBER = re.compile(r"-?(?:[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?|[0-9]+[eE]-?[0-9]+|[0-9]+)")
    IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

    def __init__(self, text, pos):
        self.text, self.pos = text, pos

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def value(self):
        self.ws()
        c = self.text[self.pos]
        if c == "[":
            return self.sequence("]", self.value)
        if c == "{":
            return dict(self.sequence("}", self.entry))
        if c in "'\"":
            return self.string(c)
        m = self.NUMBER.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            t = m.group()
            return float(t) if any(x in t for x in ".eE") else int(t)
        m = self.IDENT.match(self.text, self.pos)
        if m and m.group().lower() in ("null", "true", "false"):
            self.pos = m.end()
            return {"null": None, "true": True, "false": False}[m.group().lower()]
        raise ValueError(f"unexpected {self.text[self.pos:self.pos + 20]!r} at {self.pos}")

    def sequence(self, close, item):
        self.pos += 1
        out = []
        self.ws()
        if self.text[self.pos] == close:
            self.pos += 1
            return out
        while True:
            out.append(item())
            self.ws()
            c = self.text[self.pos]
            self.pos += 1
            if c == close:
                return out
            if c != ",":
                raise ValueError(f"expected , or {close} at {self.pos - 1}")

    def entry(self):
        self.ws()
        m = self.IDENT.match(self.text, self.pos)
        if not m:
            raise ValueError(f"expected a map key at {self.pos}")
        self.pos = m.end()
        self.ws()
        if self.text[self.pos] != ":":
            raise ValueError(f"expected : at {self.pos}")
        self.pos += 1
        return m.group(), self.value()

    def string(self, quote):
        out, i = [], self.pos + 1
        while True:
            c = self.text[i]
            if c == quote:
                self.pos = i + 1
                return "".join(out)
            if c == "\\":
                e = self.text[i + 1]
                if e in self.ESCAPES:
                    out.append(self.ESCAPES[e])
                    i += 2
                elif e in "uU":
                    n = 4 if e == "u" else 8
                    out.append(chr(int(self.text[i + 2:i + 2 + n], 16)))
                    i += 2 + n
                else:
                    raise ValueError(f"unknown escape \\{e} at {i}")
            else:
                out.append(c)
                i += 1


def check_cypher(rep, ref, path):
    def cypher():
        with open(need_file(path), encoding="utf-8") as f:
            text = f.read()
        require("CREATE CONSTRAINT" in text and "REQUIRE n.id IS UNIQUE;" in text, "no uniqueness constraint on Entity.id")
        nodes, edges, bad, statements = {}, {}, [], 0
        pos = 0
        while True:
            start = text.find("UNWIND [", pos)
            if start < 0:
                break
            reader = CypherLiteral(text, start + len("UNWIND "))
            rows = reader.value()
            end = text.find(";", reader.pos)
            require(end > 0, f"statement at {start} has no closing ;")
            body = text[reader.pos:end]
            require(body.lstrip().startswith("] AS row") or body.lstrip().startswith("AS row"),
                    f"UNWIND list at {start} not followed by AS row")
            statements += 1
            label = re.search(r"SET n:([A-Za-z]+),", body)
            if "MERGE (n:Entity {id: row.id})" in body and label:
                for row in rows:
                    nodes[row["id"]] = (label.group(1), row)
            elif "MERGE (a)-[r:CO_OCCURS_WITH]->(b)" in body:
                for row in rows:
                    edges[tuple(sorted((row["source"], row["target"])))] = row
            else:
                bad.append(f"statement at {start} merges neither nodes nor CO_OCCURS_WITH links")
            pos = end + 1
        require(set(nodes) == set(ref["nodes"]), f"node ids differ: {first(set(nodes) ^ set(ref['nodes']))}")
        require(set(edges) == set(ref["edges"]), f"edge pairs differ: {first(set(edges) ^ set(ref['edges']))}")
        for nid, (label, row) in nodes.items():
            r = ref["nodes"][nid]
            if row["name"] != r["label"]:
                bad.append(f"{nid} name {row['name']!r} != {r['label']!r}")
            if label != NEO4J_LABELS[r["type"]] or row["type"] != r["type"]:
                bad.append(f"{nid} label/type {label}/{row['type']} for {r['type']}")
            for k in ("aliases", "sameAs"):
                if row[k] != json.loads(r[k]):
                    bad.append(f"{nid} {k} {row[k]!r} != {r[k]}")
            for k in ("mentions", "documentCount"):
                if type(row[k]) is not int or row[k] != ref_int(r, k):
                    bad.append(f"{nid} {k} {row[k]!r}")
            for k in ("eventType", "date"):
                if (row[k] or "") != r[k] or row[k] == "":
                    bad.append(f"{nid} {k} {row[k]!r} != {r[k]!r} (empty is null)")
        for pair, row in edges.items():
            r = ref["edges"][pair]
            for k in ("weight", "npmi"):
                if not same_float(row[k], ref_float(r, k)):
                    bad.append(f"{pair} {k} {row[k]!r} != {r[k]!r}")
            for k in ("count", "documents"):
                if type(row[k]) is not int or row[k] != ref_int(r, k):
                    bad.append(f"{pair} {k} {row[k]!r}")
            if row["evidence"] != r["evidence"]:
                bad.append(f"{pair} evidence differs")
        require(not bad, first(bad))
        return f"{statements} UNWIND statements; {len(nodes)} nodes, {len(edges)} links; strings, ints, floats equal"

    rep.check("Cypher graph.cypher literals parsed back", cypher)


# ----------------------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exports", required=True,
                    help="folder with graph.graphml, graph.gexf, graph.dot, graph.jsonld, nodes.csv, edges.csv, graph.cypher")
    ap.add_argument("--schemas", required=True, help="folder with graphml.xsd and gexf-1.3/gexf.rng (shared/schemas)")
    ap.add_argument("--expect", help="expected.json: the source graph, compared with the GraphML reference")
    ap.add_argument("--readme", help="README.md whose ```sparql block is run over graph.jsonld (lists a node's neighbours)")
    ap.add_argument("--neighbour", nargs=2, metavar=("A", "B"),
                    help="assert entity named B is a co-occurrence neighbour of entity named A "
                         "(default: the endpoints of the heaviest GraphML edge)")
    ap.add_argument("--only", default=",".join(FORMATS), help="comma list of " + ",".join(FORMATS))
    ap.add_argument("--timeout", type=int, default=900, help="seconds per external command")
    ap.add_argument("--json0-max-nodes", type=int, default=2000,
                    help="skip the (layout-running) dot -Tjson0 check above this many nodes")
    args = ap.parse_args(argv)
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    unknown = only - set(FORMATS)
    if unknown:
        ap.error(f"unknown --only value(s): {sorted(unknown)}")
    block_network()

    rep = Report()
    gml = os.path.join(args.exports, "graph.graphml")
    ref = {}

    def reference():
        r, problems = read_reference(need_file(gml))
        ref.update(r)
        require(not problems, f"{len(problems)} format problem(s): {first(problems)}")
        return f"{len(r['nodes'])} nodes, {len(r['edges'])} edges (ElementTree)"

    rep.check("GraphML reference (ElementTree, kgraph format)", reference)
    if not ref:
        rep.fail("remaining checks", "no GraphML reference to compare against")
    else:
        neighbour = args.neighbour
        if not neighbour and ref["edges"]:
            (a, b), _ = max(ref["edges"].items(), key=lambda kv: (ref_float(kv[1], "weight") or 0, kv[0]))
            neighbour = (ref["nodes"][a]["label"], ref["nodes"][b]["label"])
        if args.expect:
            check_expectation(rep, ref, args.expect)
        if "graphml" in only:
            check_graphml(rep, ref, gml, args.schemas, args.timeout)
        if "gexf" in only:
            check_gexf(rep, ref, os.path.join(args.exports, "graph.gexf"), args.schemas, args.timeout)
        if "dot" in only:
            check_dot(rep, ref, os.path.join(args.exports, "graph.dot"), args.timeout, args.json0_max_nodes)
        if "jsonld" in only:
            check_jsonld(rep, ref, os.path.join(args.exports, "graph.jsonld"), neighbour, args.timeout, args.readme)
        if "csv" in only:
            check_csv(rep, ref, args.exports)
        if "cypher" in only:
            check_cypher(rep, ref, os.path.join(args.exports, "graph.cypher"))

    print(f"{rep.passed} passed, {rep.failed} failed")
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
