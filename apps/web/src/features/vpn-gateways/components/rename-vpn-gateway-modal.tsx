import { updateVpnGatewaySchema, type VpnGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { RenameModal, type RenameValues } from '../../../components/ui/rename-modal';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateVpnGateway } from '../api/vpn-gateways';

// ModifyVpnGatewayAttribute takes a 1–100 character description (REFERENCE §3.4): an emptied
// field is left unchanged rather than sent as ''.
const toRequest = (v: RenameValues) => ({
  name: v.name.trim(),
  description: v.description.trim() || undefined,
});

/** Changes the VPN gateway's name and description. */
export function RenameVpnGatewayModal({
  gateway,
  onClose,
}: {
  gateway: VpnGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateVpnGateway(gateway.regionId, gateway.id);
  return (
    <RenameModal
      labels={{
        title: t('vpn.rename.title'),
        name: t('vpn.fields.name'),
        description: t('vpn.fields.description'),
        done: t('vpn.rename.done'),
      }}
      initialValues={{ name: gateway.name, description: gateway.description }}
      validate={validateWith(updateVpnGatewaySchema, toRequest, t)}
      onSubmit={(values, handlers) => update.mutate(toRequest(values), handlers)}
      pending={update.isPending}
      onClose={onClose}
    />
  );
}
