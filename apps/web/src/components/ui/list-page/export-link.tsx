import { Button } from '@mantine/core';

/** A download of the list's view as a file: a plain link, so the session cookie goes with it. */
export function ExportLink({ href, label }: { href: string; label: string }) {
  return (
    <Button component="a" variant="default" href={href} download>
      {label}
    </Button>
  );
}
