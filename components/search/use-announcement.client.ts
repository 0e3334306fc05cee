"use client";

import { useEffect, useState } from "react";

/** `message`, once it has stopped changing for `delay` ms: keeps live regions from chattering while typing. */
export function useAnnouncement(message: string, delay = 400): string {
  const [shown, setShown] = useState(message);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(message), delay);
    return () => window.clearTimeout(timer);
  }, [message, delay]);
  return shown;
}
