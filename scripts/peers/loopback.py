"""What the HTTP peers of ttbd's tests share: a threaded server on a free loopback port, written to FOLDER/port
(atomically) once it accepts connections, and a quiet handler that answers with a status and a body."""
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    def reply(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def serve(folder, handler):
    """Serves `handler` until killed, on the port it writes to FOLDER/port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(os.path.join(folder, "port.part"), "w") as file:
        file.write(str(server.server_address[1]))
    os.rename(os.path.join(folder, "port.part"), os.path.join(folder, "port"))
    server.serve_forever()
