"""A safe, vectorised expression language for structural equations.

Structural equations are written as Python-syntax expressions over variable names, for
example ``"U_mrk + 0.1 if Dpt == 0 else U_mrk - 0.1"``. The text is parsed with
:func:`ast.parse` and every node is checked against a strict whitelist *before* anything
is compiled: numbers, variable names, arithmetic (``+ - * / // % **``), comparisons
(``== != < <= > >=``, chained), ``and``/``or``/``not``, ``a if cond else b`` and calls of
a fixed set of numpy functions (:data:`ALLOWED_FUNCTIONS`). Attribute access, subscripts,
lambdas, comprehensions, strings, keyword arguments and every other construct are refused
with :class:`UnsafeExpressionError`; names starting with ``_`` are refused too, so dunder
tricks such as ``__import__('os')`` cannot even be spelt.

The checked tree is rewritten for numpy (``if/else`` becomes :func:`numpy.where`,
``and``/``or``/``not`` become element-wise logical functions) and compiled once, so that
evaluating an equation on a million samples costs a handful of numpy calls.

Hostile text cannot exhaust the interpreter: an equation is refused with
:class:`ExpressionLimitError` when it is longer than :data:`MAX_EXPRESSION_LENGTH` characters,
nested deeper than :data:`MAX_EXPRESSION_DEPTH` levels (a chained comparison ``a < b < c`` or a
run of ``and``/``or`` counts one level per link) or made of more than
:data:`MAX_EXPRESSION_NODES` syntax nodes. Evaluation that overflows, divides by zero or
otherwise produces NaN/inf raises :class:`ExpressionEvaluationError`.
"""

from __future__ import annotations

import ast
import keyword
from collections.abc import Mapping
from types import CodeType

import numpy as np
from scipy.special import expit

from cocausal.limits import InputLimitError

__all__ = [
    "ALLOWED_FUNCTIONS",
    "MAX_EXPRESSION_DEPTH",
    "MAX_EXPRESSION_LENGTH",
    "MAX_EXPRESSION_NODES",
    "Expression",
    "ExpressionEvaluationError",
    "ExpressionLimitError",
    "UnsafeExpressionError",
    "check_variable_name",
]

#: Longest accepted equation text, in characters.
MAX_EXPRESSION_LENGTH = 10_000
#: Deepest accepted nesting of an equation's syntax tree.
MAX_EXPRESSION_DEPTH = 64
#: Largest accepted number of syntax nodes in one equation.
MAX_EXPRESSION_NODES = 2_000

#: Functions an equation may call, by the name used in the equation.
ALLOWED_FUNCTIONS = {
    "abs": np.abs,
    "exp": np.exp,
    "log": np.log,
    "log1p": np.log1p,
    "sqrt": np.sqrt,
    "sin": np.sin,
    "cos": np.cos,
    "tanh": np.tanh,
    "sigmoid": expit,
    "floor": np.floor,
    "ceil": np.ceil,
    "round": np.round,
    "min": np.minimum,
    "max": np.maximum,
    "clip": np.clip,
    "where": np.where,
}

_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
_UNARYOPS = (ast.UAdd, ast.USub, ast.Not)
_CMPOPS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_FN_PREFIX = "_fn_"
_RUNTIME = {
    "__builtins__": {},
    "_and": np.logical_and,
    "_or": np.logical_or,
    "_not": np.logical_not,
    **{_FN_PREFIX + k: v for k, v in ALLOWED_FUNCTIONS.items()},
}


class UnsafeExpressionError(ValueError):
    """An equation uses a construct outside the safe whitelist."""


class ExpressionLimitError(InputLimitError):
    """An equation is longer, deeper or larger than the caps of this module."""


class ExpressionEvaluationError(ValueError):
    """Evaluating an equation overflowed, divided by zero or produced NaN/inf."""


def _measure(tree: ast.AST) -> tuple[int, int]:
    """Return ``(depth, nodes)`` of ``tree`` without recursion.

    A comparison chain of ``k`` operators and a boolean operation on ``k + 1`` operands add
    ``k - 1`` levels, because the numpy rewrite nests them pairwise.
    """
    deepest, nodes, stack = 0, 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if isinstance(node, ast.Compare):
            depth += len(node.ops) - 1
        elif isinstance(node, ast.BoolOp):
            depth += len(node.values) - 2
        deepest = max(deepest, depth)
        if deepest > MAX_EXPRESSION_DEPTH or nodes > MAX_EXPRESSION_NODES:
            break
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest, nodes


def _too_large(text: str, what: str) -> ExpressionLimitError:
    return ExpressionLimitError(
        f"equation {text[:40]!r}{'...' if len(text) > 40 else ''} is {what} "
        "(cocausal.scm.expressions caps); split it into intermediate variables."
    )


def check_variable_name(name: str) -> str:
    """Validate a variable name and return it.

    Raises
    ------
    ValueError
        If ``name`` is not an identifier, is a Python keyword, starts with ``_`` or
        shadows an allowed function name.
    """
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(
            f"invalid variable name {name!r}: use letters, digits and underscores, starting with a letter."
        )
    if name.startswith("_"):
        raise ValueError(f"invalid variable name {name!r}: names may not start with '_'.")
    if name in ALLOWED_FUNCTIONS:
        raise ValueError(f"invalid variable name {name!r}: it is the name of a function; rename the variable.")
    return name


def _refuse(node: ast.AST, source: str, why: str) -> UnsafeExpressionError:
    return UnsafeExpressionError(
        f"refused expression {source!r}: {why} ({type(node).__name__} is not allowed). "
        "Equations may use numbers, variable names, arithmetic, comparisons, and/or/not, "
        f"'a if cond else b' and the functions {sorted(ALLOWED_FUNCTIONS)}."
    )


def _validate(node: ast.AST, source: str) -> None:
    """Raise :class:`UnsafeExpressionError` unless every node of the tree is whitelisted."""
    if isinstance(node, ast.Expression):
        _validate(node.body, source)
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, (bool, int, float)):
            raise _refuse(node, source, f"constant {node.value!r} is not a number")
    elif isinstance(node, ast.Name):
        if not isinstance(node.ctx, ast.Load):
            raise _refuse(node, source, "assignment")
        if node.id.startswith("_"):
            raise _refuse(node, source, f"name {node.id!r} starts with '_'")
        if node.id in ALLOWED_FUNCTIONS:
            raise _refuse(node, source, f"function {node.id!r} used as a value")
    elif isinstance(node, ast.BinOp):
        if not isinstance(node.op, _BINOPS):
            raise _refuse(node.op, source, "operator")
        _validate(node.left, source)
        _validate(node.right, source)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, _UNARYOPS):
            raise _refuse(node.op, source, "operator")
        _validate(node.operand, source)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            _validate(value, source)
    elif isinstance(node, ast.Compare):
        for op in node.ops:
            if not isinstance(op, _CMPOPS):
                raise _refuse(op, source, "comparison")
        _validate(node.left, source)
        for comparator in node.comparators:
            _validate(comparator, source)
    elif isinstance(node, ast.IfExp):
        _validate(node.test, source)
        _validate(node.body, source)
        _validate(node.orelse, source)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            raise _refuse(node.func, source, "only plain function names may be called")
        if node.func.id not in ALLOWED_FUNCTIONS:
            raise _refuse(node, source, f"function {node.func.id!r} is not whitelisted")
        if node.keywords:
            raise _refuse(node.keywords[0], source, "keyword arguments")
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise _refuse(arg, source, "star arguments")
            _validate(arg, source)
    else:
        raise _refuse(node, source, "construct")


class _NumpyRewriter(ast.NodeTransformer):
    """Rewrite a validated tree so that it evaluates element-wise on numpy arrays."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        # Integers become floats so that e.g. 9**9**9 overflows at once instead of
        # running an unbounded big-integer power.
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            try:
                return ast.Constant(value=float(node.value))
            except OverflowError:
                return ast.Constant(value=float("inf"))
        return node

    @staticmethod
    def _call(name: str, args: list[ast.expr]) -> ast.Call:
        return ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=args, keywords=[])

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self.generic_visit(node)
        return self._call(_FN_PREFIX + "where", [node.test, node.body, node.orelse])

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        fn = "_and" if isinstance(node.op, ast.And) else "_or"
        out = node.values[0]
        for value in node.values[1:]:
            out = self._call(fn, [out, value])
        return out

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            return self._call("_not", [node.operand])
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if len(node.ops) == 1:
            return node
        parts, left = [], node.left
        for op, right in zip(node.ops, node.comparators):
            parts.append(ast.Compare(left=left, ops=[op], comparators=[right]))
            left = right
        out = parts[0]
        for part in parts[1:]:
            out = self._call("_and", [out, part])
        return out

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        node.func = ast.Name(id=_FN_PREFIX + node.func.id, ctx=ast.Load())
        return node


def _names(node: ast.AST) -> set[str]:
    called = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and id(n) not in called}


class Expression:
    """A parsed, validated and compiled structural equation.

    Parameters
    ----------
    source : str or int or float
        The right-hand side, e.g. ``"Job + Dpt + Mrk + Cvr"``; numbers are constants.

    Attributes
    ----------
    source : str
        The text as given (numbers are converted with ``repr``).
    names : frozenset of str
        The variable names the expression reads (its parents).

    Raises
    ------
    UnsafeExpressionError
        If the text uses a construct outside the whitelist.
    ValueError
        If the text is empty, too long or not a valid expression.

    Examples
    --------
    >>> import numpy as np
    >>> e = Expression("0 if G == 1 else U / 10")
    >>> sorted(e.names)
    ['G', 'U']
    >>> e({"G": np.array([1.0, 0.0]), "U": np.array([5.0, 5.0])}, 2).tolist()
    [0.0, 0.5]
    """

    __slots__ = ("source", "names", "_tree", "_code")

    def __init__(self, source: str | int | float) -> None:
        if isinstance(source, bool) or not isinstance(source, (str, int, float)):
            raise TypeError(f"an equation must be a string or a number, got {type(source).__name__}.")
        if isinstance(source, str):
            text = source
        else:
            try:
                text = repr(float(source))
            except OverflowError:
                raise ExpressionEvaluationError(
                    "a constant equation is too large for a float (above about 1.8e308); rescale it."
                ) from None
        if not text.strip():
            raise ValueError("empty equation: write an expression such as 'X + U_y'.")
        if len(text) > MAX_EXPRESSION_LENGTH:
            raise _too_large(text, f"longer than {MAX_EXPRESSION_LENGTH} characters")
        try:
            tree = ast.parse(text.strip(), mode="eval")
        except SyntaxError as exc:
            raise ValueError(f"cannot parse equation {text!r}: {exc.msg}. Use Python expression syntax.") from None
        except (RecursionError, MemoryError):
            raise _too_large(text, f"nested deeper than {MAX_EXPRESSION_DEPTH} levels") from None
        depth, nodes = _measure(tree)
        if depth > MAX_EXPRESSION_DEPTH:
            raise _too_large(text, f"nested deeper than {MAX_EXPRESSION_DEPTH} levels")
        if nodes > MAX_EXPRESSION_NODES:
            raise _too_large(text, f"made of more than {MAX_EXPRESSION_NODES} syntax nodes")
        _validate(tree, text)
        self.source = text
        self._tree = tree
        self.names = frozenset(_names(tree))
        rewritten = _NumpyRewriter().visit(ast.parse(text.strip(), mode="eval"))
        self._code: CodeType = compile(ast.fix_missing_locations(rewritten), "<equation>", "eval")
        if not self.names:
            _evaluate(self._code, {}, text)

    def __call__(self, values: Mapping[str, np.ndarray], n: int) -> np.ndarray:
        """Evaluate on arrays: ``values`` maps every name in :attr:`names` to length-``n`` arrays.

        Raises
        ------
        ExpressionEvaluationError
            If the evaluation overflows, divides by zero or yields NaN/inf for some sample.
        """
        out = _evaluate(self._code, {k: values[k] for k in self.names}, self.source)
        if out.shape != (n,):
            out = np.broadcast_to(out, (n,)).copy()
        return out

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expression) and ast.dump(self._tree) == ast.dump(other._tree)

    def __hash__(self) -> int:
        return hash(ast.dump(self._tree))

    @property
    def is_constant(self) -> bool:
        """True when the expression reads no variable."""
        return not self.names

    def additive_noise(self, noise: str) -> tuple[Expression, float] | None:
        """Split the equation as ``g(other parents) + scale * noise`` if it has that form.

        The recognised forms are built from ``noise`` itself, ``+``/``-`` with a term free of
        ``noise``, multiplication or division by a numeric constant, unary minus, and
        ``a if cond else b`` where ``cond`` is free of ``noise`` and both branches have the
        same ``scale``. Such equations are invertible in their noise:
        ``noise = (value - g) / scale``.

        Returns
        -------
        (Expression, float) or None
            ``(g, scale)`` or ``None`` when the equation is not of this form in ``noise``.
        """
        if noise not in self.names:
            return None
        split = _split(self._tree.body, noise)
        if split is None or split[1] == 0.0:
            return None
        g_node, scale = split
        return Expression(ast.unparse(g_node)), float(scale)


def _constant_value(node: ast.AST) -> float | None:
    """The value of a name-free subtree (already validated), else ``None``."""
    if _names(node):
        return None
    code = compile(ast.fix_missing_locations(_NumpyRewriter().visit(ast.Expression(body=node))), "<c>", "eval")
    value = _evaluate(code, {}, ast.unparse(node))
    return float(value) if value.ndim == 0 else None


def _evaluate(code: CodeType, namespace: Mapping[str, np.ndarray], source: str) -> np.ndarray:
    """Run compiled, validated ``code``; turn overflow, division by zero and NaN/inf into one error.

    Both branches of ``a if cond else b`` are computed for every sample, so numpy's
    floating-point warnings are silenced here and only the values actually selected are checked.
    """
    try:
        with np.errstate(all="ignore"):
            out = np.asarray(eval(code, _RUNTIME, namespace), dtype=float)
    except (OverflowError, ZeroDivisionError) as exc:
        raise ExpressionEvaluationError(
            f"evaluating equation {source[:60]!r} failed ({exc.args[-1] if exc.args else exc}); "
            "rescale the variables and constants, or guard the division."
        ) from None
    bad = ~np.isfinite(out)
    if bad.any():
        raise ExpressionEvaluationError(
            f"equation {source[:60]!r} gives NaN or infinite values for {int(bad.sum())} of {bad.size} "
            "sample(s) (overflow, division by zero or a function outside its domain); rescale the "
            "variables or guard the expression, e.g. 'log(X) if X > 0 else 0'."
        )
    return out


def _split(node: ast.AST, noise: str) -> tuple[ast.expr, float] | None:
    """Return ``(g, c)`` with ``node == g + c * noise`` and ``g`` free of ``noise``, or None."""
    zero = ast.Constant(value=0.0)
    if noise not in _names(node):
        return None
    if isinstance(node, ast.Name):
        return zero, 1.0
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _split(node.operand, noise)
        if inner is None:
            return None
        sign = -1.0 if isinstance(node.op, ast.USub) else 1.0
        return ast.UnaryOp(op=node.op, operand=inner[0]), sign * inner[1]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        left_has = noise in _names(node.left)
        right_has = noise in _names(node.right)
        if left_has and right_has:
            return None
        if left_has:
            inner = _split(node.left, noise)
            if inner is None:
                return None
            return ast.BinOp(left=inner[0], op=node.op, right=node.right), inner[1]
        inner = _split(node.right, noise)
        if inner is None:
            return None
        sign = -1.0 if isinstance(node.op, ast.Sub) else 1.0
        return ast.BinOp(left=node.left, op=node.op, right=inner[0]), sign * inner[1]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        if isinstance(node.op, ast.Mult) and noise in _names(node.right):
            const, varying = _constant_value(node.left), node.right
        else:
            const, varying = _constant_value(node.right), node.left
        if const is None or noise not in _names(varying) or const == 0.0:
            return None
        inner = _split(varying, noise)
        if inner is None:
            return None
        factor = const if isinstance(node.op, ast.Mult) else 1.0 / const
        return ast.BinOp(left=inner[0], op=ast.Mult(), right=ast.Constant(value=factor)), inner[1] * factor
    if isinstance(node, ast.IfExp):
        if noise in _names(node.test):
            return None
        body, orelse = _split(node.body, noise), _split(node.orelse, noise)
        if body is None or orelse is None or not np.isclose(body[1], orelse[1]):
            return None
        return ast.IfExp(test=node.test, body=body[0], orelse=orelse[0]), body[1]
    return None
