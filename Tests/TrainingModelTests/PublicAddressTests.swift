import Testing
import TrainingModel

@Suite("The service's public address")
struct PublicAddressTests {
    @Test("http or https with a host is an address; a bare host, another scheme or no host is not")
    func addresses() {
        #expect(PublicAddress.isServiceAddress("https://ttbd.example.vn"))
        #expect(PublicAddress.isServiceAddress("http://10.0.0.5:8080/ttbd"))
        for wrong in [
            "ttbd.example.vn", "ftp://ttbd.example.vn", "https://", "https:///certificates", "", "không phải",
        ] {
            #expect(!PublicAddress.isServiceAddress(wrong), "\(wrong)")
        }
    }
}
