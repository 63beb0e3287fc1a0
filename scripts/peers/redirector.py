"""A hostile or misconfigured service for ttbd's client tests: it sends every request on to another origin and
records what arrives there.

Usage: python3 redirector.py FOLDER
It listens on a free loopback port and writes it to FOLDER/port. A GET of any path but /caught is answered
302 with Location http://localhost:PORT/caught (the same server under another host name: another origin);
a GET of /caught appends its Authorization header (or "-") to FOLDER/caught and answers an empty page.
"""
import os
import sys

from loopback import QuietHandler, serve

FOLDER = sys.argv[1]


class Redirector(QuietHandler):
    def do_GET(self):
        if self.path.startswith("/caught"):
            with open(os.path.join(FOLDER, "caught"), "a", encoding="utf-8") as file:
                file.write((self.headers.get("Authorization") or "-") + "\n")
            self.reply(200, b'{"items": [], "nextCursor": null}', [("Content-Type", "application/json")])
        else:
            self.reply(302, b"", [("Location", f"http://localhost:{self.server.server_address[1]}/caught")])


if __name__ == "__main__":
    serve(FOLDER, Redirector)
