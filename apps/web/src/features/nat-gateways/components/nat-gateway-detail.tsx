import { useTranslation } from 'react-i18next';
import { DetailPage } from '../../../components/ui/detail-page/detail-page';
import { useNatGateway } from '../api/get-nat-gateways';
import { useNatGatewayAttribute } from '../api/nat-protection';
import { NAT_STATUS } from '../utils/nat-status';
import { DeleteNatGatewayModal } from './delete-nat-gateway-modal';
import { DnatEntriesSection } from './dnat-entries-section';
import { EipsSection } from './eips-section';
import { natExtraAttributes } from './nat-extra-attributes';
import { NAT_ATTRIBUTES } from './nat-gateway-attributes';
import { RenameNatGatewayModal } from './rename-nat-gateway-modal';
import { SnatEntriesSection } from './snat-entries-section';
import { TagsSection } from './tags-section';
import { VpcNatSections } from './vpc-nat-sections';

/** One NAT gateway: attributes (list item + GetNatGatewayAttribute), EIPs, SNAT and DNAT entries, tags; rename and delete. */
export function NatGatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  const extra = useNatGatewayAttribute(regionId, id);
  return (
    <DetailPage
      id={id}
      query={useNatGateway(regionId, id)}
      listPath={`/regions/${regionId}/nat-gateways`}
      texts={{
        back: t('nat.detail.back'),
        notFound: t('nat.detail.notFound'),
        busy: t('nat.detail.busy'),
      }}
      statusTable={NAT_STATUS}
      attributes={[...NAT_ATTRIBUTES, ...natExtraAttributes(extra.data)]}
      actions={(gateway, busy) => [
        {
          key: 'rename',
          label: t('nat.rename.open'),
          disabled: busy,
          dialog: (close) => <RenameNatGatewayModal gateway={gateway} onClose={close} />,
        },
        {
          key: 'delete',
          label: t('common.delete'),
          danger: true,
          disabled: gateway.status === NAT_STATUS.leaving,
          dialog: (close, backToList) => (
            <DeleteNatGatewayModal gateway={gateway} onClose={close} onDeleted={backToList} />
          ),
        },
      ]}
      sections={(gateway) => (
        <>
          {gateway.networkType === 'intranet' ? (
            <VpcNatSections gateway={gateway} />
          ) : (
            <EipsSection gateway={gateway} />
          )}
          <SnatEntriesSection gateway={gateway} />
          <DnatEntriesSection gateway={gateway} />
          <TagsSection gateway={gateway} />
        </>
      )}
    />
  );
}
