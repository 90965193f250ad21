// The page tests/it/frontend.rs builds: the workspace's generated tracing module first, as the user is told
// to import it, then a React button that calls the backend the way Cruddur's HomeFeedPage does.
import './tracing';
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [result, setResult] = useState('');
  const load = async () => {
    try {
      const response = await fetch(`${process.env.REACT_APP_BACKEND_URL}/api/activities/home`);
      setResult(`status ${response.status}`);
    } catch (error) {
      setResult(`failed: ${error}`);
    }
  };
  return (
    <main>
      <button id="load" onClick={load}>Home activities</button>
      <p id="result">{result}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
