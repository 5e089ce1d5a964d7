import '../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { renderWithApp } from '../../testing/render';
import { EditTagsModal, TagsSection, type EditTagsModalProps } from './tags-section';

const LABELS = { title: 'Tags', edit: 'Edit tags', empty: 'No tags' };

function KeyEditor({
  tags,
  inputProps,
}: {
  tags: { key: string }[];
  inputProps: (p: string) => object;
}) {
  return tags.map((_tag, i) => (
    <input key={i} aria-label={`Key ${i + 1}`} {...inputProps(`tags.${i}.key`)} />
  ));
}

describe('TagsSection', () => {
  it('lists the tags and saves the edited ones through the edit modal', async () => {
    const onSave = vi.fn<EditTagsModalProps['onSave']>((_tags, handlers) => handlers.onSuccess());
    renderWithApp(
      <TagsSection
        tags={[{ key: 'env', value: 'prod' }]}
        labels={LABELS}
        renderEditModal={(onClose) => (
          <EditTagsModal
            labels={{ title: 'Edit the tags', saved: 'Saved' }}
            initialTags={[{ key: 'env', value: 'prod' }]}
            Editor={KeyEditor}
            validate={() => ({})}
            onSave={onSave}
            pending={false}
            onClose={onClose}
          />
        )}
      />,
    );
    expect(await screen.findByText('env: prod')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Key 1' }), {
      target: { value: 'stage' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save' })).toBeNull());
    expect(onSave.mock.calls[0]?.[0]).toEqual([{ key: 'stage', value: 'prod' }]);
  });

  it('says so when there are no tags', async () => {
    renderWithApp(<TagsSection tags={[]} labels={LABELS} renderEditModal={() => null} />);
    expect(await screen.findByText('No tags')).toBeTruthy();
  });

  it('lists a server error on a tag row the dialog no longer has in its summary', async () => {
    const error = new ApiError({
      status: 400,
      code: 'InvalidInput',
      message: 'Invalid request body',
      fields: [{ path: 'tags.4.key', message: 'duplicate tag key', key: 'duplicateTag' }],
    });
    renderWithApp(
      <EditTagsModal
        labels={{ title: 'Edit the tags', saved: 'Saved' }}
        initialTags={[{ key: 'env', value: 'prod' }]}
        Editor={KeyEditor}
        validate={() => ({})}
        onSave={(_tags, handlers) => handlers.onError(error)}
        pending={false}
        onClose={() => undefined}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('tags.4.key: Each tag key may appear only once');
  });
});
