#!/usr/bin/env python3
"""Prints the capabilities a language server answers to `initialize`, as one JSON line.

    python3 editors/tests/server_caps.py target/release/report-ls

run.sh uses it to switch on the checks for features the server has (hover). Exits non-zero
if the server does not answer within 20 seconds."""
import json
import subprocess
import sys
import threading


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise EOFError("the server closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))


def main():
    proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    timer = threading.Timer(20, proc.kill)
    timer.start()
    try:
        send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        while True:
            message = receive(proc)
            if message.get("id") == 1:
                break
        send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        while receive(proc).get("id") != 2:
            pass
        send(proc, {"jsonrpc": "2.0", "method": "exit"})
        proc.wait()
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
    print(json.dumps(message["result"]["capabilities"]))


if __name__ == "__main__":
    main()
