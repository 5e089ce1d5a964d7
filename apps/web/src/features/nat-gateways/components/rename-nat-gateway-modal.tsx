import { updateNatGatewaySchema, type NatGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { RenameModal, type RenameValues } from '../../../components/ui/rename-modal';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateNatGateway } from '../api/update-nat-gateway';

const toRequest = (v: RenameValues) => ({ name: v.name.trim(), description: v.description });

/** Changes the name and the description. */
export function RenameNatGatewayModal({
  gateway,
  onClose,
}: {
  gateway: NatGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateNatGateway(gateway.regionId, gateway.id);
  return (
    <RenameModal
      labels={{
        title: t('nat.rename.title'),
        name: t('nat.fields.name'),
        description: t('nat.fields.description'),
        done: t('nat.rename.done'),
      }}
      initialValues={{ name: gateway.name, description: gateway.description }}
      validate={validateWith(updateNatGatewaySchema, toRequest, t)}
      onSubmit={(values, handlers) => update.mutate(toRequest(values), handlers)}
      pending={update.isPending}
      onClose={onClose}
    />
  );
}
