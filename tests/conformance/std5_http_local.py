# http.client against a local http.server (socketserver) running in a child process on 127.0.0.1, port 0
import subprocess, sys, http.client

SERVER = r'''
import http.server
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=%s' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(201)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
for _ in range(3):
    server.handle_request()
server.server_close()
'''

child = subprocess.Popen([sys.executable, '-c', SERVER], stdout=subprocess.PIPE, text=True)
port = int(child.stdout.readline())
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=20)
conn.request('GET', '/hello?x=1')
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader('Content-Type'), resp.getheader('Content-Length'), resp.read())
conn.close()
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=20)
conn.request('POST', '/echo', body=b'posted body', headers={'Content-Type': 'text/plain'})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
conn.close()
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=20)
conn.request('GET', '/missing')
resp = conn.getresponse()
print(resp.status, resp.version, sorted(k for k, v in resp.getheaders()))
conn.close()
print(child.wait(timeout=20))
