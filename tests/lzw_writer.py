"""A plain Unix-compress (.Z) writer for the tests: enough of the format (block mode, codes of
9 up to 16 bits, groups padded at each change of width, an optional clear when the table
is full) to check the reader against; gzip -d reads what it writes."""

def compress_z(data: bytes, max_bits: int = 16, clear: bool = False) -> bytes:
    """Unix compress (.Z) in block mode, without clear codes: codes of 9 up to max_bits bits,
    LSB first, each width's codes padded to whole groups of `width` bytes."""
    table = {bytes([i]): i for i in range(256)}
    next_code, bits = 257, 9
    out, acc, nacc = bytearray(b"\x1f\x9d" + bytes([0x80 | max_bits])), 0, 0
    group = bytearray()

    def emit(code):
        nonlocal acc, nacc
        acc |= code << nacc
        nacc += bits
        while nacc >= 8:
            group.append(acc & 0xFF)
            acc >>= 8
            nacc -= 8

    def flush_group():
        nonlocal acc, nacc
        if nacc:
            group.append(acc & 0xFF)
            acc, nacc = 0, 0
        pad = (-len(group)) % bits
        out.extend(group + bytes(pad))
        group.clear()

    w = b""
    for c in data:
        wc = w + bytes([c])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        if next_code < (1 << max_bits):
            table[wc] = next_code
            next_code += 1
            if next_code > (1 << bits) and bits < max_bits:
                flush_group()
                bits += 1
        elif clear:  # the table is full: start again (as compress does when the ratio drops)
            emit(256)
            flush_group()
            table = {bytes([i]): i for i in range(256)}
            next_code, bits = 257, 9
        w = bytes([c])
    if w:
        emit(table[w])
    if nacc:
        group.append(acc & 0xFF)
    out.extend(group)
    return bytes(out)
