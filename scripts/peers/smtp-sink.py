"""A real SMTP server for ttbd's tests (aiosmtpd): it keeps every message it accepts as a file, and can be told
to refuse them.

Usage: python3 smtp-sink.py FOLDER
It listens on a free loopback port, writes the port to FOLDER/port once it accepts connections, and saves each
message as FOLDER/messages/<n>.eml. While FOLDER/refuse exists, its first line (e.g. "550 5.1.1 no such user"
or "451 4.3.0 try later") is the answer to every message instead. It runs until killed.
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.messages = os.path.join(folder, "messages")
        os.makedirs(self.messages, exist_ok=True)
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        refuse = os.path.join(self.folder, "refuse")
        if os.path.exists(refuse):
            with open(refuse, encoding="utf-8") as file:
                return file.readline().strip()
        path = os.path.join(self.messages, f"{next(self.numbers)}.eml")
        with open(path + ".part", "wb") as file:
            file.write(envelope.original_content)
        os.rename(path + ".part", path)
        return "250 OK"


async def serve(folder):
    loop = asyncio.get_running_loop()
    sink = Sink(folder)
    server = await loop.create_server(lambda: SMTP(sink, hostname="ttbd-test-sink"), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(os.path.join(folder, "port.part"), "w") as file:
        file.write(str(port))
    os.rename(os.path.join(folder, "port.part"), os.path.join(folder, "port"))
    async with server:
        await server.serve_forever()


def main():
    asyncio.run(serve(sys.argv[1]))


if __name__ == "__main__":
    main()
