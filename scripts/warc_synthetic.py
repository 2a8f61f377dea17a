#!/usr/bin/env python3
"""Writes small damaged/odd WARC files and, when warcio is installed, what warcio reads from them
in the shape warc_check.py checks (suite.jsonl). Our own generator, for regression checks:

  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install warcio==1.8.1
  /tmp/venv/bin/python scripts/warc_synthetic.py OUT
  python3 ../shared/tools/warc_check.py manifest OUT/suite.jsonl > OUT/manifest.jsonl
  BIN inspect warc --manifest OUT/manifest.jsonl --json > OUT/out.jsonl
  python3 ../shared/tools/warc_check.py check OUT/suite.jsonl OUT/out.jsonl --lenient-errors
"""
import collections, gzip, hashlib, json, os, struct, sys, zlib


def rec(typ, block, uri=b'http://example.com/x', ct=b'application/http; msgtype=response', cl=None, extra=b'',
        version=b'WARC/1.0', term=b'\r\n\r\n', fields=None):
    h = version + b'\r\n'
    if fields is None:
        h += b'WARC-Type: ' + typ + b'\r\n'
        if uri is not None:
            h += b'WARC-Target-URI: ' + uri + b'\r\n'
        h += b'WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n'
        if ct is not None:
            h += b'Content-Type: ' + ct + b'\r\n'
        h += extra + b'Content-Length: ' + (str(len(block)).encode() if cl is None else cl) + b'\r\n'
    else:
        h += fields
    return h + b'\r\n' + block + term


def gzip_extra(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = c.compress(data) + c.flush()
    hdr = b'\x1f\x8b\x08' + bytes([4 | 8]) + b'\0\0\0\0\0\xff' + struct.pack('<H', 8) + b'AB\x04\x00test' + b'name.warc\0'
    return hdr + raw + struct.pack('<II', zlib.crc32(data), len(data) & 0xffffffff)


def files():
    body = b'<html><body>' + b'hello world ' * 50 + b'</body></html>'
    http = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + body
    gz = gzip.compress
    info = rec(b'warcinfo', b'software: x\r\n', uri=None, ct=b'application/warc-fields')
    r1 = rec(b'response', http)
    r2 = rec(b'response', b'HTTP/1.0 404\r\nContent-Type: text/plain\r\n\r\nnope', uri=b'https://example.com/404')
    revisit = rec(b'revisit', b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n',
                  extra=b'WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n')
    fields = lambda extra: b'WARC-Type: response\r\nWARC-Target-URI: http://example.com/m\r\n' + extra
    dfl = zlib.compress(body)
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    rdfl = raw.compress(body) + raw.flush()
    yield 'revisit-only.warc.gz', gz(revisit) + gz(revisit)
    yield 'truncated-plain.warc', (info + r1 + r2)[:len(info + r1) + 60]
    yield 'truncated-plain2.warc', (info + r1)[:len(info) + 300]
    yield 'truncated-gz.warc.gz', (gz(info) + gz(r1))[:len(gz(info)) + len(gz(r1)) // 2]
    yield 'truncated-header.warc', (info + r1)[:len(info) + 40]
    yield 'bad-cl-nonnumeric.warc', info + rec(b'response', http, cl=b'abc') + r2
    yield 'bad-cl-small.warc', info + rec(b'response', http, cl=str(len(http) - 10).encode()) + r2
    multi = http.replace(b'</body>', b'\n\n\n</body>\nmore\n')
    yield 'bad-cl-small-multi.warc', info + rec(b'response', multi, cl=str(len(http) - 10).encode()) + r2
    yield 'bad-cl-large.warc', info + rec(b'response', http, cl=str(len(http) + 30).encode()) + r2 + r1
    yield 'bad-cl-large.warc.gz', gz(info) + gz(rec(b'response', http, cl=str(len(http) + 30).encode())) + gz(r2)
    yield 'bad-cl-small.warc.gz', gz(info) + gz(rec(b'response', http, cl=str(len(http) - 10).encode())) + gz(r2)
    yield 'spaces-uri.warc', rec(b'response', http, uri=b'http://example.com/a b  c') + r2
    yield 'bracket-uri.warc.gz', gz(rec(b'response', http, uri=b'<http://example.com/br>')) + gz(r2)
    yield 'gzip-extra.warc.gz', gzip_extra(info) + gzip_extra(r1)
    yield 'wrong-version-first.warc', rec(b'response', http, version=b'WARC/2.0') + r2
    yield 'wrong-version-mid.warc', info + rec(b'response', http, version=b'WARC/0.9') + r2
    yield 'wrong-version-mid2.warc', info + rec(b'response', http, version=b'HTTP/1.1') + r2
    yield 'missing-cl.warc.gz', gz(info) + gz(rec(b'response', http, fields=fields(b''))) + gz(r2)
    yield 'missing-cl.warc', info + rec(b'response', http, fields=fields(b'')) + r2
    yield 'missing-type.warc', info + rec(b'response', http, fields=b'WARC-Target-URI: http://example.com/m\r\nContent-Length: %d\r\n' % len(http)) + r2
    yield 'missing-uri-resp.warc', info + rec(b'response', http, uri=None) + r2
    yield 'deflate.warc', (rec(b'response', b'HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Type: text/html\r\n\r\n' + dfl)
                           + rec(b'response', b'HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n' + rdfl)
                           + rec(b'response', b'HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxxxx')
                           + rec(b'response', b'HTTP/1.1 200 OK\r\nContent-Encoding: GZIP\r\nTransfer-Encoding: Chunked\r\n\r\n' + gz(body)))
    yield 'whole-one.warc.gz', gz(info + r1 + r2)
    yield 'dns.warc', rec(b'response', b'20240101000000\nexample.com. 300 IN A 1.2.3.4\n', uri=b'dns:example.com', ct=b'text/dns')
    yield 'empty.warc', b''
    yield 'cl-zero.warc', rec(b'response', b'') + r2
    yield 'lf-only.warc', (info + r1 + r2).replace(b'\r\n', b'\n')
    yield 'resource.warc.gz', gz(rec(b'resource', b'3\r\nabc\r\n0\r\n\r\n', uri=b'file:///x.txt', ct=b'text/plain'))
    yield 'trailing-garbage.warc', info + r1 + b'garbage line\r\n'
    yield 'chunk-bad.warc', (rec(b'response', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX3\r\nabc\r\n0\r\n\r\n')
                             + rec(b'response', b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello'))
    yield 'folded-type.warc', rec(b'response', http, fields=b'WARC-Type:\r\n response\r\nWARC-Target-URI: http://example.com/f\r\nContent-Length: %d\r\n' % len(http)) + r2
    yield 'http2.warc', rec(b'response', b'HTTP/2 200\r\ncontent-type: text/html\r\n\r\nhi')
    yield 'zero-pad.warc.gz', gz(info) + gz(r1) + b'\0' * 100


def warcio_view(path, decoded):
    from warcio.archiveiterator import ArchiveIterator
    out, counts, err = [], collections.Counter(), None
    with open(path, 'rb') as fh:
        try:
            for r in ArchiveIterator(fh):
                counts[r.rec_type] += 1
                if r.rec_type in ('response', 'resource'):
                    data = r.content_stream().read() if decoded else r.raw_stream.read()
                    h = r.http_headers
                    out.append(dict(type=r.rec_type, target_uri=r.rec_headers.get_header('WARC-Target-URI'),
                                    http_status=h.get_statuscode() if h else None,
                                    content_type=h.get_header('Content-Type') if h else r.rec_headers.get_header('Content-Type'),
                                    n=len(data), sha=hashlib.sha1(data).hexdigest()))
        except Exception as e:  # warcio's reason for stopping
            err = type(e).__name__ + ': ' + str(e)
    return out, counts, err


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(os.path.join(out, 'warcs'), exist_ok=True)
    names = []
    for name, data in files():
        with open(os.path.join(out, 'warcs', name), 'wb') as fh:
            fh.write(data)
        names.append(name)
    try:
        import warcio  # noqa: F401
    except ImportError:
        print('warcio not installed: wrote the files only', file=sys.stderr)
        return
    with open(os.path.join(out, 'suite.jsonl'), 'w') as suite:
        for name in names:
            path = os.path.join(out, 'warcs', name)
            raw, counts, err = warcio_view(path, False)
            dec, _, _ = warcio_view(path, True)
            records = [dict(type=r['type'], target_uri=r['target_uri'], http_status=r['http_status'],
                            content_type=r['content_type'], payload_length=r['n'], payload_sha1=r['sha'],
                            decoded_length=d['n'], decoded_sha1=d['sha']) for r, d in zip(raw, dec)]
            suite.write(json.dumps(dict(id=name, file='warcs/' + name, source=dict(repo='synthetic', path=name),
                                        error=err, record_counts={('null' if k is None else k): v for k, v in counts.items()},
                                        records=records)) + '\n')
    print(f'wrote {len(names)} files and suite.jsonl to {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
