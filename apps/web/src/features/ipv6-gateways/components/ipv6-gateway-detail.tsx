import { useTranslation } from 'react-i18next';
import { DetailPage } from '../../../components/ui/detail-page/detail-page';
import { useIpv6Gateway } from '../api/ipv6-gateways';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { DeleteIpv6GatewayModal } from './delete-ipv6-gateway-modal';
import { EgressOnlyRulesSection } from './egress-only-rules-section';
import { Ipv6AddressesSection } from './ipv6-addresses-section';
import { IPV6_ATTRIBUTES } from './ipv6-gateway-attributes';
import { Ipv6TagsSection } from './ipv6-tags-section';
import { RenameIpv6GatewayModal } from './rename-ipv6-gateway-modal';

/** One IPv6 gateway: attributes, its VPC's addresses with bandwidth, egress-only rules, tags; rename and delete. */
export function Ipv6GatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  return (
    <DetailPage
      id={id}
      query={useIpv6Gateway(regionId, id)}
      listPath={`/regions/${regionId}/ipv6-gateways`}
      texts={{
        back: t('ipv6.detail.back'),
        notFound: t('ipv6.detail.notFound'),
        busy: t('ipv6.detail.busy'),
      }}
      statusTable={IPV6_STATUS}
      attributes={IPV6_ATTRIBUTES}
      actions={(gateway, busy) => [
        {
          key: 'rename',
          label: t('ipv6.rename.open'),
          disabled: busy,
          dialog: (close) => <RenameIpv6GatewayModal gateway={gateway} onClose={close} />,
        },
        {
          key: 'delete',
          label: t('common.delete'),
          danger: true,
          disabled: busy,
          dialog: (close, backToList) => (
            <DeleteIpv6GatewayModal gateway={gateway} onClose={close} onDeleted={backToList} />
          ),
        },
      ]}
      sections={(gateway) => (
        <>
          <Ipv6AddressesSection gateway={gateway} />
          <EgressOnlyRulesSection gateway={gateway} />
          <Ipv6TagsSection gateway={gateway} />
        </>
      )}
    />
  );
}
