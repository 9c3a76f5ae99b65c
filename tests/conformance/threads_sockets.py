# Blocking socket and process calls release the interpreter lock: a server thread, socketserver's threading
# server and subprocesses started from threads.
import socket, threading, subprocess, sys
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()
port = srv.getsockname()[1]
def serve():
    conn, _ = srv.accept()
    with conn:
        data = conn.recv(100)
        conn.sendall(data.upper())
t = threading.Thread(target=serve); t.start()
c = socket.create_connection(('127.0.0.1', port))
c.sendall(b'hello threads'); print(c.recv(100)); c.close(); t.join(); srv.close()
import socketserver
class H(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(100)[::-1])
with socketserver.ThreadingTCPServer(('127.0.0.1', 0), H) as server:
    st = threading.Thread(target=server.serve_forever); st.start()
    for msg in [b'abc', b'xyz']:
        with socket.create_connection(server.server_address) as s:
            s.sendall(msg); print(s.recv(100))
    server.shutdown(); st.join()
outs = []
def run(n):
    outs.append(subprocess.run([sys.executable, '-c', f'print({n}*2)'], capture_output=True, text=True).stdout.strip())
ts = [threading.Thread(target=run, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(outs))
