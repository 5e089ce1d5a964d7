import { updateIpv6GatewaySchema, type Ipv6Gateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { RenameModal, type RenameValues } from '../../../components/ui/rename-modal';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateIpv6Gateway } from '../api/ipv6-gateway-mutations';

const toRequest = (v: RenameValues) => ({ name: v.name.trim(), description: v.description });

/** Changes the name and the description (the only attributes the API lets us change). */
export function RenameIpv6GatewayModal({
  gateway,
  onClose,
}: {
  gateway: Ipv6Gateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateIpv6Gateway(gateway.regionId, gateway.id);
  return (
    <RenameModal
      labels={{
        title: t('ipv6.rename.title'),
        name: t('ipv6.fields.name'),
        description: t('ipv6.fields.description'),
        done: t('ipv6.rename.done'),
      }}
      initialValues={{ name: gateway.name, description: gateway.description }}
      validate={validateWith(updateIpv6GatewaySchema, toRequest, t)}
      onSubmit={(values, handlers) =>
        update.mutate(updateIpv6GatewaySchema.parse(toRequest(values)), handlers)
      }
      pending={update.isPending}
      onClose={onClose}
    />
  );
}
