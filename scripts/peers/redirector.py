"""A hostile or misconfigured service for ttbd's client tests: it sends every request on to another origin and
records what arrives there.

Usage: python3 redirector.py FOLDER
It listens on a free loopback port and writes it to FOLDER/port. A GET of any path but /caught is answered
302 with Location http://localhost:PORT/caught (the same server under another host name: another origin);
a GET of /caught appends its Authorization header (or "-") to FOLDER/caught and answers an empty page.
"""
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FOLDER = sys.argv[1]


class Redirector(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/caught"):
            with open(os.path.join(FOLDER, "caught"), "a", encoding="utf-8") as file:
                file.write((self.headers.get("Authorization") or "-") + "\n")
            body = b'{"items": [], "nextCursor": null}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        else:
            body = b""
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_address[1]}/caught")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    with open(os.path.join(FOLDER, "port.part"), "w") as file:
        file.write(str(server.server_address[1]))
    os.rename(os.path.join(FOLDER, "port.part"), os.path.join(FOLDER, "port"))
    server.serve_forever()


if __name__ == "__main__":
    main()
