"""A real webhook receiver for ttbd's tests: it checks each notice's signature as a center's SMS gateway would,
keeps what it accepts, and can be told to fail or to hang.

Usage: python3 webhook-sink.py FOLDER SECRET
It listens on a free loopback port and writes the port to FOLDER/port once it accepts connections. Each POST is
checked: X-TTBD-Signature must be "sha256=" and the hex HMAC-SHA256, keyed with SECRET, of X-TTBD-Timestamp, a
dot and the body, and the timestamp within five minutes of now; a bad one is answered 401. An accepted notice is
saved as FOLDER/notices/<n>.json (its body) and answered 204. While FOLDER/answer exists, its first line is the
answer instead: a status such as 500, or "hang" to answer nothing for a minute. It runs until killed.
"""
import hashlib
import hmac
import itertools
import json
import os
import sys
import threading
import time

from loopback import QuietHandler, serve

FOLDER = sys.argv[1]
SECRET = sys.argv[2].encode()
NUMBERS = itertools.count(1)
LOCK = threading.Lock()


class Receiver(QuietHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        answer = os.path.join(FOLDER, "answer")
        if os.path.exists(answer):
            with open(answer, encoding="utf-8") as file:
                told = file.readline().strip()
            if told == "hang":
                time.sleep(60)
                return
            self.reply(int(told), b"told to fail")
            return
        timestamp = self.headers.get("X-TTBD-Timestamp", "")
        expected = "sha256=" + hmac.new(SECRET, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        signature = self.headers.get("X-TTBD-Signature", "")
        fresh = timestamp.isdigit() and abs(time.time() - int(timestamp)) < 300
        if not (hmac.compare_digest(expected, signature) and fresh):
            self.reply(401, b"bad signature")
            return
        notice = json.loads(body)
        if str(notice.get("id")) != self.headers.get("X-TTBD-Notice-Id"):
            self.reply(400, b"the notice id header and body differ")
            return
        with LOCK:
            path = os.path.join(FOLDER, "notices", f"{next(NUMBERS)}.json")
        with open(path + ".part", "wb") as file:
            file.write(body)
        os.rename(path + ".part", path)
        self.reply(204, b"")


if __name__ == "__main__":
    os.makedirs(os.path.join(FOLDER, "notices"), exist_ok=True)
    serve(FOLDER, Receiver)
