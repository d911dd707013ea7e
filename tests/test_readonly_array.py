import numpy as np
import pytest

from cocausal.results import readonly_array


def test_copy_is_independent_and_read_only():
    src = np.arange(3)
    out = readonly_array(src)
    assert out.dtype == np.float64 and not out.flags.writeable
    src[0] = 9
    assert out[0] == 0.0 and src.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        out[0] = 1.0


def test_view_shares_memory_without_freezing_the_source():
    src = np.zeros(4, dtype=np.int64)
    out = readonly_array(src, np.int64, copy=False)
    assert np.shares_memory(out, src) and not out.flags.writeable and src.flags.writeable


def test_dtype_none_keeps_the_inferred_type():
    assert readonly_array([True, False], None).dtype == np.bool_

