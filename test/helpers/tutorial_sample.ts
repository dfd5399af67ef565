/** The tutorial's experiments in brief, with a single-quoted channel and an escaped quote, for the parser's tests. */
export const sample = `---
layout: page
---

## Experiments

### Start Redis-CLI

{% terminal %}
$ redis-cli
redis 127.0.0.1:6379> MONITOR
{% endterminal %}

### Start IRB Session "A"

{% irb %}
$ require 'redis'
$ redis = Redis.new
{% endirb %}

### Start IRB Session "B"

{% irb %}
$ require 'redis'
$ redis = Redis.new
$ redis.subscribe("my_channel") do |event|
  event.message do |channel, body|
    puts "I heard [#{body}] on channel [#{channel}]"
  end
end
{% endirb %}

### Publish in IRB Session A

{% irb %}
$ redis.publish("my_channel", "the message")
{% endirb %}

* In IRB Session B you get the output \`I heard [the message] on [my_channel]\`

### Start IRB Session "C"

{% irb %}
$ require 'redis'
$ redis = Redis.new
$ redis.subscribe('my_channel') do |event|
    event.message do |channel, body|
      puts "I think [#{body}] sounds great!"
    end
  end
{% endirb %}

### Broadcast to the Channel

Again, back in the first IRB session, publish another message:

{% irb %}
$ redis.publish("my_channel", "Is \\"this\\" thing on?")
{% endirb %}

* The second IRB window outputs \`I heard...\`
* The third IRB window outputs \`I think...\`
`;
