import { useTranslate } from '../../../i18n/useTranslate.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { EventList } from './EventList.tsx';
import { HopList } from './HopList.tsx';
import type { Inspection } from './inspector-data.ts';
import { TargetHealthTable } from './TargetHealthTable.tsx';

/** The inspector's sections: Kubernetes YAML, target health, AWS CLI JSON, hops, events. */
export function InspectorBody({ inspection }: { inspection: Inspection }) {
  const t = useTranslate();
  const { kubernetes, aws, targets, iamRole, hops, events, createdBy } = inspection;
  const nothingMore =
    !kubernetes && aws.length === 0 && !targets && !iamRole && !hops.length && !createdBy;
  return (
    <div className="dg-inspector-body">
      {nothingMore ? <p className="dg-muted">{t('inspector.nothingMore')}</p> : null}
      {createdBy ? (
        <section>
          <h3>{t('inspector.createdDuringRun')}</h3>
          <p className="dg-muted">
            {t('inspector.createdBy', {
              call: `${createdBy.service}:${createdBy.operation}`,
              seconds: Number((createdBy.atMs / 1000).toFixed(2)),
            })}
          </p>
          <CodeBlock
            caption={`${createdBy.service}:${createdBy.operation}`}
            text={JSON.stringify(createdBy.request, null, 2)}
          />
        </section>
      ) : null}
      {kubernetes ? (
        <section>
          <h3>{t('inspector.kubernetesObject')}</h3>
          {kubernetes.generatedFrom !== null ? (
            <p className="dg-muted">
              {t('inspector.generatedPod', { deployment: kubernetes.generatedFrom })}
            </p>
          ) : null}
          <CodeBlock caption={inspection.node.label} text={kubernetes.yaml} />
        </section>
      ) : null}
      {iamRole ? (
        <section>
          <h3>{t('inspector.iamRole')}</h3>
          {iamRole.arn ? (
            <p>
              <code className="dg-wrap">{iamRole.arn}</code>
            </p>
          ) : (
            <p className="dg-muted">{t('inspector.noIamRole')}</p>
          )}
        </section>
      ) : null}
      {targets ? (
        <section>
          <TargetHealthTable targets={targets} />
        </section>
      ) : null}
      {aws.length > 0 ? (
        <section>
          <h3>{t('inspector.awsResource')}</h3>
          <p className="dg-muted">{t('inspector.awsNote')}</p>
          {aws.map((description) => (
            <CodeBlock
              key={description.command}
              caption={description.command}
              text={description.json}
            />
          ))}
        </section>
      ) : null}
      {hops.length > 0 ? (
        <section>
          <h3>{t('inspector.hops')}</h3>
          <HopList hops={hops} />
        </section>
      ) : null}
      <section>
        <h3>{t('inspector.events', { count: events.length })}</h3>
        <EventList events={events} />
      </section>
    </div>
  );
}
