import { DataTable, Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { topologyNames, type TopologyName } from '../../support/server/settings';
import { topologyRefusal } from '../../support/topology';

Then('the spec treats scenarios so:', function (table: DataTable) {
  for (const { tags = '', topology = '', verdict } of table.hashes()) {
    assert.ok(topologyNames.includes(topology as TopologyName), `no topology ${topology}`);
    const refusal = topologyRefusal(tags.split(/\s+/).filter(Boolean), topology as TopologyName);
    assert.equal(refusal ?? 'runs', verdict, `tags "${tags}" on ${topology}`);
  }
});
