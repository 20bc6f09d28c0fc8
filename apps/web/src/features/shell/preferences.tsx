'use client';
import { useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';

/** Larger text for projectors: Mantine sizes are rem, so the root font size scales the whole UI. */
export function useLargeText(): [boolean, (value: boolean) => void] {
  const [large, setLarge] = useLocalStorage({ key: 'streamscape-large-text', defaultValue: false });
  useEffect(() => {
    document.documentElement.style.fontSize = large ? '125%' : '';
  }, [large]);
  return [large, setLarge];
}
