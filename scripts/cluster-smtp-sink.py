#!/usr/bin/env python3
"""A minimal SMTP server for scripts/cluster-test: accepts every message and appends one line
"address|subject" per recipient to LOG, so the test can count deliveries per outbox row.
Usage: cluster-smtp-sink.py PORT LOG"""
import email
import email.header
import socketserver
import sys
import threading

LOCK = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 cluster-test sink")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.reply("250 sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = line.split(":", 1)[1].strip().strip("<>").split(">")[0]
                recipients.append(address)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                data = []
                while True:
                    part = self.rfile.readline()
                    if not part or part in (b".\r\n", b".\n"):
                        break
                    data.append(part[1:] if part.startswith(b"..") else part)
                message = email.message_from_bytes(b"".join(data))
                subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
                with LOCK, open(sys.argv[2], "a", encoding="utf-8") as log:
                    for address in recipients:
                        log.write(address + "|" + subject.replace("\n", " ") + "\n")
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
