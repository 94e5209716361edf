"""Secure hashes and message digests, over _hashlib.

Written for gilvm; it behaves as CPython 3.11's Lib/hashlib.py does with its OpenSSL
backend: new(name, data=b'', **kwargs) and one constructor per algorithm (openssl_sha256
and friends), whose objects have update, digest, hexdigest, copy, name, digest_size and
block_size. Hashing 2048 bytes or more at once releases the GIL, as CPython's does.

gilvm differences: blake2b, blake2s, shake_128 and shake_256 are missing (the JDK has no
implementation of them), and so are pbkdf2_hmac, scrypt and file_digest.
"""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available')


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    return _hashlib.new(name, data, **kwargs)


new = __hash_new

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
