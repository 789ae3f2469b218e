#!/usr/bin/perl
# Independent DKIM verifier for the tests: Mail::DKIM with a mocked DNS resolver.
# Usage: dkim_verify.pl ZONEFILE MESSAGE ; prints one "result selector detail" line per signature.
use strict;
use warnings;
use Mail::DKIM::Verifier;
use Net::DNS::Resolver::Mock;

my ($zonefile, $message) = @ARGV;
open(my $z, '<', $zonefile) or die "zone: $!";
my $zone = do { local $/; <$z> };
close $z;
my $resolver = Net::DNS::Resolver::Mock->new();
$resolver->zonefile_parse($zone);
Mail::DKIM::DNS::resolver($resolver);

open(my $m, '<', $message) or die "message: $!";
binmode $m;
my $dkim = Mail::DKIM::Verifier->new();
while (my $line = <$m>) {
    $line =~ s/\r?\n\z/\r\n/;    # Mail::DKIM wants CRLF line endings
    $dkim->PRINT($line);
}
$dkim->CLOSE();
foreach my $signature ($dkim->signatures) {
    printf "%s %s %s\n", $signature->result, $signature->selector, ($signature->result_detail || '');
}
printf "overall %s\n", $dkim->result;
