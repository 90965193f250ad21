//! A hostile HTTP server for the tests: it answers each request as a test's router says, including
//! the ways a real server never should (redirects elsewhere, endless bodies, one byte at a time, keys
//! echoed back, terminal escape sequences in names), and records every request it got, headers
//! included, and how many body bytes it managed to send.
//!
//! Written on plain tokio sockets on purpose: the point is to misbehave at the byte level (a length
//! that lies, a body that never ends, a drip), which an HTTP library is built to prevent. HTTP/1.1,
//! one request per connection (`Connection: close`), which every client here handles.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path and query, as sent.
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }
}

/// How to answer.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete answer.
    Full { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// `status` with `Location: location`.
    Redirect { status: u16, location: String },
    /// A 200 whose chunked body goes on for `total` bytes (JSON that never closes), as fast as the
    /// client reads; `declared` adds a `Content-Length` (then the body is not chunked).
    Endless { total: u64, declared: Option<u64> },
    /// A 200 that sends its headers, then one byte every `every`, `bytes` times.
    Drip { every: Duration, bytes: u64 },
}

impl Reply {
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".to_owned(), "application/json".to_owned())],
            body: serde_json::to_vec(body).unwrap(),
        }
    }
}

type Router = Arc<dyn Fn(&Request) -> Reply + Send + Sync>;

pub struct Hostile {
    port: u16,
    requests: Arc<Mutex<Vec<Request>>>,
    sent: Arc<AtomicU64>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Hostile {
    /// Starts on a free loopback port; `router` decides every answer.
    pub fn start(router: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Hostile {
        let router: Router = Arc::new(router);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let sent = Arc::new(AtomicU64::new(0));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let (requests_in, sent_in) = (requests.clone(), sent.clone());
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let serve = async {
                    loop {
                        let Ok((stream, _)) = listener.accept().await else { continue };
                        let (router, requests, sent) = (router.clone(), requests_in.clone(), sent_in.clone());
                        tokio::task::spawn_local(async move {
                            let _ = serve_one(stream, router, requests, sent).await;
                        });
                    }
                };
                let local = tokio::task::LocalSet::new();
                local
                    .run_until(async {
                        tokio::select! {
                            _ = serve => {}
                            _ = stop => {}
                        }
                    })
                    .await;
            });
        });
        Hostile { port, requests, sent, shutdown: Some(shutdown), thread: Some(thread) }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    /// Body bytes written to clients so far (what a client that stops reading did not take is not counted).
    pub fn bytes_sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }
}

impl Drop for Hostile {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn read_request(stream: &mut tokio::net::TcpStream) -> std::io::Result<Option<Request>> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break at;
        }
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_owned();
    let path = first.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers.iter().find(|(name, _)| name == "content-length").and_then(|(_, value)| value.parse().ok()).unwrap_or(0);
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    // The body is read (so the client sees its request taken) and not kept: no test needs it.
    drop(body);
    Ok(Some(Request { method, path, headers }))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Whatever",
    }
}

async fn serve_one(
    mut stream: tokio::net::TcpStream,
    router: Router,
    requests: Arc<Mutex<Vec<Request>>>,
    sent: Arc<AtomicU64>,
) -> std::io::Result<()> {
    let Some(request) = read_request(&mut stream).await? else { return Ok(()) };
    let reply = router(&request);
    requests.lock().unwrap().push(request);
    match reply {
        Reply::Full { status, headers, body } => {
            let mut head = format!("HTTP/1.1 {status} {}\r\ncontent-length: {}\r\nconnection: close\r\n", reason(status), body.len());
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&body).await?;
            sent.fetch_add(body.len() as u64, Ordering::SeqCst);
        }
        Reply::Redirect { status, location } => {
            let head =
                format!("HTTP/1.1 {status} {}\r\nlocation: {location}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n", reason(status));
            stream.write_all(head.as_bytes()).await?;
        }
        Reply::Endless { total, declared } => {
            let framing = match declared {
                Some(length) => format!("content-length: {length}"),
                None => "transfer-encoding: chunked".to_owned(),
            };
            let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{framing}\r\nconnection: close\r\n\r\n");
            stream.write_all(head.as_bytes()).await?;
            // `[` then `0,` over and over: valid JSON as far as it goes, never finished.
            let piece: Vec<u8> = std::iter::once(b'[').chain(b"0,".iter().copied().cycle().take(64 * 1024 - 1)).collect();
            let mut written = 0u64;
            while written < total {
                let part = &piece[..piece.len().min((total - written) as usize)];
                if declared.is_none() {
                    stream.write_all(format!("{:x}\r\n", part.len()).as_bytes()).await?;
                }
                stream.write_all(part).await?;
                if declared.is_none() {
                    stream.write_all(b"\r\n").await?;
                }
                written += part.len() as u64;
                sent.fetch_add(part.len() as u64, Ordering::SeqCst);
            }
            if declared.is_none() {
                stream.write_all(b"0\r\n\r\n").await?;
            }
        }
        Reply::Drip { every, bytes } => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n")
                .await?;
            for _ in 0..bytes {
                tokio::time::sleep(every).await;
                stream.write_all(b"1\r\n \r\n").await?;
                stream.flush().await?;
                sent.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
    stream.flush().await?;
    let _ = stream.shutdown().await;
    Ok(())
}
